package fr.liseuse.cli;

import picocli.CommandLine.Model.PositionalParamSpec;

/** A page command that needs exactly one SOURCE (menu, links). */
abstract class OnePageCommand extends PageCommand {

    private final PositionalParamSpec source = Specs.add(spec, Specs.single("SOURCE", String.class, "source"));

    OnePageCommand(Context context, String name) {
        super(context, name);
    }

    @Override
    final String source() {
        return source.getValue();
    }
}
