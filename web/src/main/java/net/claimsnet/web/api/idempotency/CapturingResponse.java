package net.claimsnet.web.api.idempotency;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The response as it goes to the client, with a copy of its body kept for a replay. */
final class CapturingResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
    private ServletOutputStream stream;
    private PrintWriter writer;

    CapturingResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) {
            ServletOutputStream client = super.getOutputStream();
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) throws IOException {
                    client.write(b);
                    copy.write(b);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    client.write(bytes, offset, length);
                    copy.write(bytes, offset, length);
                }

                @Override
                public void flush() throws IOException {
                    client.flush();
                }

                @Override
                public boolean isReady() {
                    return client.isReady();
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    client.setWriteListener(listener);
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
        }
        return writer;
    }

    /** The body written so far (what the writer holds flushed first). */
    byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return copy.toByteArray();
    }
}
