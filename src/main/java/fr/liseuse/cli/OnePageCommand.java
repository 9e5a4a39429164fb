package fr.liseuse.cli;

import picocli.CommandLine.Parameters;

/** A page command that needs exactly one SOURCE (menu, links). */
abstract class OnePageCommand extends PageCommand {

    @Parameters(index = "0", paramLabel = "SOURCE", descriptionKey = "source")
    String source;

    OnePageCommand(Context context) {
        super(context);
    }

    @Override
    final String source() {
        return source;
    }
}
