package fr.liseuse.cli;

import picocli.CommandLine.Model.PositionalParamSpec;

/** A page command that needs exactly one SOURCE (menu, links). */
abstract class OnePageCommand extends PageCommand {

    private final PositionalParamSpec source = Specs.add(spec, PositionalParamSpec.builder()
            .index("0").required(true).paramLabel("SOURCE").descriptionKey("source").type(String.class));

    OnePageCommand(Context context, String name) {
        super(context, name);
    }

    @Override
    final String source() {
        return source.getValue();
    }
}
