import com.example.http.HttpStatus;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;

/**
 * Calls the generated enum the way code written for Spring's HttpStatus does,
 * printing one result a line, then "--" and every code's number, phrase and
 * description, each followed by a NUL byte, for java_test.go to compare.
 */
public final class Main {
    private Main() {
    }

    /**
     * Runs the calls.
     *
     * @param args unused
     * @throws IOException when standard output fails
     */
    @SuppressWarnings("deprecation")
    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, "UTF-8");
        out.println(HttpStatus.NOT_FOUND.value());
        out.println(HttpStatus.NOT_FOUND.getReasonPhrase());
        out.println(HttpStatus.NOT_FOUND);
        out.println(HttpStatus.valueOf(404) == HttpStatus.NOT_FOUND);
        out.println(HttpStatus.resolve(499));
        try {
            HttpStatus.valueOf(499);
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
        }
        out.println(HttpStatus.NOT_FOUND.series());
        out.println(HttpStatus.CONTINUE.is1xxInformational() + " " + HttpStatus.OK.is2xxSuccessful()
                + " " + HttpStatus.FOUND.is3xxRedirection() + " " + HttpStatus.TOO_MANY_REQUESTS.is4xxClientError()
                + " " + HttpStatus.BAD_GATEWAY.is5xxServerError() + " " + HttpStatus.OK.isError());
        out.println(HttpStatus.SERVICE_UNAVAILABLE.isRetryable());
        out.println(HttpStatus.SERVICE_UNAVAILABLE.getHeaderFields());
        out.println(HttpStatus.NO_CONTENT.isContentAllowed());
        out.println(HttpStatus.NOT_FOUND.isCacheable());
        out.println(HttpStatus.PERMANENT_REDIRECT.getRedirectKind());
        out.println(HttpStatus.resolveReasonPhrase("Request Entity Too Large"));
        out.println(HttpStatus.resolveReasonPhrase("No Such Phrase"));
        out.println(HttpStatus.NOT_EXTENDED.getLifecycle());
        out.println(HttpStatus.PAYLOAD_TOO_LARGE == HttpStatus.CONTENT_TOO_LARGE);
        out.println(HttpStatus.I_AM_A_TEAPOT.value());
        out.println("--");
        for (HttpStatus s : HttpStatus.values()) {
            out.print(s.value() + "\0" + s.getReasonPhrase() + "\0" + s.getDescription() + "\0");
        }
        out.flush();
    }
}
