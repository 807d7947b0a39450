package org.dyadlab.cli;

import picocli.CommandLine.Command;

/** The top-level {@code dyadlab} command. */
@Command(name = "dyadlab",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Evidence-based workbench for the relations between two countries: event data, documents, "
                + "qualitative coding, analysis and reports.",
        subcommands = {
            DemoCommand.class,
            CaseCommand.class,
            FindingsCommand.class,
            CheckClaimsCommand.class,
            ImportCommand.class,
            FetchCommand.class,
            EventsCommand.class,
            InfoCommand.class,
            SeriesCommand.class,
            CompareCommand.class,
            BreaksCommand.class,
            IndicatorsCommand.class,
            PeriodsCommand.class,
            CameoCommand.class,
            EvalCommand.class,
            GenerateCommand.class,
            CorpusCommand.class,
            CodebookCommand.class,
            CodeCommand.class,
            AgreementCommand.class,
            MatrixCommand.class,
            ExportCommand.class,
            ServeCommand.class,
            picocli.CommandLine.HelpCommand.class
        },
        footer = {"", "Examples:",
            "  dyadlab demo                                   # the built-in Pakistan-US case",
            "  dyadlab import events --format gdelt2 20180104.export.CSV.zip",
            "  dyadlab fetch gdelt --from 2018-01-01 --to 2018-01-31 --dyad PAK-USA",
            "  dyadlab events --dyad PAK-USA --from 2018-01-01 --format csv > pak-usa.csv",
            "  dyadlab corpus ingest speeches/ --kind speech && dyadlab code rules",
            "  dyadlab corpus search \"safe havens\" --kind official",
            "  dyadlab serve -w demo-workspace                # the dashboard on http://127.0.0.1:7070/",
            "  dyadlab check-claims draft.docx                # claims checked against the case's evidence",
            "  dyadlab code parsed stories.xml > coded.csv          # parsed sentences to events"})
public final class DyadlabCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
