package org.dyadlab.cli;

import java.io.UncheckedIOException;
import org.dyadlab.analysis.indicators.IndicatorFileException;
import org.dyadlab.analysis.periods.PeriodSetException;
import org.dyadlab.casestudy.CaseException;
import org.dyadlab.corpus.codebook.CodebookException;
import org.dyadlab.corpus.qda.QdaException;
import org.dyadlab.corpus.search.SearchSyntaxException;
import org.dyadlab.coder.dictionary.DictionaryException;
import org.dyadlab.coder.eval.SuiteFormatException;
import org.dyadlab.coder.input.InputFormatException;
import org.dyadlab.events.EventFileException;
import org.dyadlab.events.ImportAbortedException;
import org.dyadlab.events.fetch.FetchException;
import org.dyadlab.store.StoreException;
import picocli.CommandLine;

/**
 * Turns failures into one message on stderr and an exit code, never a stack trace (set DYADLAB_DEBUG=1 for
 * one): a user's bad argument is a usage error (2); bad data (an event file, a dictionary, a suite or input file
 * that cannot be read), an unreadable file or a store problem is 1, and
 * so is a programming error (an IllegalArgumentException from a precondition), reported as internal.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
        if (System.getenv("DYADLAB_DEBUG") != null) {
            ex.printStackTrace(cl.getErr());
        }
        if (ex instanceof UsageException || ex instanceof SearchSyntaxException) {
            cl.getErr().println("dyadlab: " + ex.getMessage());
            cl.getErr().println("Try '" + cl.getCommandSpec().qualifiedName() + " --help'.");
            return CommandLine.ExitCode.USAGE;
        }
        String message;
        if (ex instanceof EventFileException || ex instanceof ImportAbortedException || ex instanceof StoreException
                || ex instanceof UncheckedIOException || ex instanceof IndicatorFileException
                || ex instanceof PeriodSetException || ex instanceof java.io.IOException
                || ex instanceof CodebookException || ex instanceof QdaException
                || ex instanceof DictionaryException || ex instanceof SuiteFormatException
                || ex instanceof InputFormatException || ex instanceof FetchException
                || ex instanceof CaseException || ex instanceof org.dyadlab.web.WebServerException) {
            message = ex.getMessage();
        } else {
            message = "internal error: " + ex + " (set DYADLAB_DEBUG=1 for the stack trace)";
        }
        cl.getErr().println("dyadlab: " + message);
        return CommandLine.ExitCode.SOFTWARE;
    }
}
