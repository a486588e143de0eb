package net.claimsnet.web.desk;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;

/**
 * Tells the browser how long the node took over each desk page, in the standard {@code Server-Timing}
 * header ({@code page;dur=12.3}, milliseconds): the time from the request reaching the desk to the page
 * being ready to send, without the network and the browser. The desk's page-time goal (issue 13) is
 * in server time, and {@code ./bench desk} reads it here; browsers' developer tools show it too.
 *
 * <p>A header must precede the body, so the page is buffered whole (up to {@value #BUFFER_BYTES}
 * bytes; desk pages are far smaller) and the figure is written when the page is first flushed, which
 * a Faces page does once rendered. A page too large for the buffer is sent without the header.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class DeskServerTiming extends HttpFilter {

    static final String HEADER = "Server-Timing";
    private static final int BUFFER_BYTES = 512 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        TimedResponse timed = new TimedResponse(response, System.nanoTime());
        if (!response.isCommitted()) {
            response.setBufferSize(Math.max(response.getBufferSize(), BUFFER_BYTES));
        }
        chain.doFilter(request, timed);
        timed.stamp();
    }

    /** Adds the header on the first flush (or at the end), while the response is still uncommitted. */
    static final class TimedResponse extends HttpServletResponseWrapper {

        private final long startNanos;
        private boolean stamped;
        private PrintWriter writer;
        private ServletOutputStream stream;

        TimedResponse(HttpServletResponse response, long startNanos) {
            super(response);
            this.startNanos = startNanos;
        }

        synchronized void stamp() {
            if (!stamped && !isCommitted()) {
                double millis = (System.nanoTime() - startNanos) / 1e6;
                setHeader(HEADER, String.format(Locale.ROOT, "page;dur=%.1f", millis));
            }
            stamped = true;
        }

        @Override
        public void flushBuffer() throws IOException {
            stamp();
            super.flushBuffer();
        }

        @Override
        public synchronized PrintWriter getWriter() throws IOException {
            if (writer == null) {
                PrintWriter target = super.getWriter();
                writer = new PrintWriter(new Writer() {
                    @Override
                    public void write(char[] chars, int offset, int length) {
                        target.write(chars, offset, length);
                    }

                    @Override
                    public void write(String text, int offset, int length) {
                        target.write(text, offset, length);
                    }

                    @Override
                    public void flush() {
                        stamp();
                        target.flush();
                    }

                    @Override
                    public void close() {
                        stamp();
                        target.close();
                    }
                });
            }
            return writer;
        }

        @Override
        public synchronized ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                ServletOutputStream target = super.getOutputStream();
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        target.write(b);
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        target.write(bytes, offset, length);
                    }

                    @Override
                    public void flush() throws IOException {
                        stamp();
                        target.flush();
                    }

                    @Override
                    public void close() throws IOException {
                        stamp();
                        target.close();
                    }

                    @Override
                    public boolean isReady() {
                        return target.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        target.setWriteListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
