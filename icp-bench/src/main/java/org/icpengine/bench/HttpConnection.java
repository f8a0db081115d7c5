package org.icpengine.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One kept-alive HTTP/1.1 connection that sends prepared requests and reads whole answers, with as
 * little work on the client side as possible: the load generator shares two cores with the server,
 * so every microsecond it spends is one the server lacks. Reads Content-Length and chunked bodies;
 * reconnects after {@code Connection: close} or a failure. Not thread-safe: one per worker.
 */
final class HttpConnection implements Closeable {
  private static final int CONNECT_TIMEOUT_MILLIS = 5_000;
  private static final int READ_TIMEOUT_MILLIS = 60_000;

  /**
   * One answer.
   *
   * @param status the HTTP status
   * @param body the body, or empty when not kept
   */
  record Answer(int status, byte[] body) {}

  private final InetSocketAddress address;

  /** The last failure or unexpected status, for the report; set by the caller. */
  String lastError = "";

  private Socket socket;
  private InputStream in;
  private OutputStream out;

  HttpConnection(InetSocketAddress address) {
    this.address = address;
  }

  /** Builds the bytes of a request with a body, to be sent as they are any number of times. */
  static byte[] request(
      String method, String path, InetSocketAddress host, String token, String type, byte[] body) {
    String head =
        method
            + " "
            + path
            + " HTTP/1.1\r\nHost: "
            + host.getHostString()
            + ":"
            + host.getPort()
            + "\r\nAuthorization: Bearer "
            + token
            + "\r\nContent-Type: "
            + type
            + "\r\nAccept: application/json\r\nContent-Length: "
            + body.length
            + "\r\n\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[headBytes.length + body.length];
    System.arraycopy(headBytes, 0, all, 0, headBytes.length);
    System.arraycopy(body, 0, all, headBytes.length, body.length);
    return all;
  }

  /**
   * Sends the request and reads the whole answer.
   *
   * @param keepBody whether to return the body (else it is read and dropped)
   * @throws IOException when the connection fails; the next call reconnects
   */
  Answer exchange(byte[] request, boolean keepBody) throws IOException {
    try {
      if (socket == null) {
        connect();
      }
      out.write(request);
      out.flush();
      return read(keepBody);
    } catch (IOException | RuntimeException e) {
      close();
      throw e;
    }
  }

  private void connect() throws IOException {
    Socket s = new Socket();
    s.setTcpNoDelay(true);
    s.setSoTimeout(READ_TIMEOUT_MILLIS);
    s.connect(address, CONNECT_TIMEOUT_MILLIS);
    socket = s;
    in = new BufferedInputStream(s.getInputStream(), 16 * 1024);
    out = s.getOutputStream();
  }

  private Answer read(boolean keepBody) throws IOException {
    String statusLine = line();
    if (!statusLine.startsWith("HTTP/1.")) {
      throw new IOException("not an HTTP answer: " + statusLine);
    }
    int status = Integer.parseInt(statusLine.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    boolean closing = statusLine.startsWith("HTTP/1.0");
    for (String header = line(); !header.isEmpty(); header = line()) {
      int colon = header.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = header.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
      switch (name) {
        case "content-length" -> length = Long.parseLong(value);
        case "transfer-encoding" -> chunked = value.contains("chunked");
        case "connection" -> closing = value.contains("close");
        default -> {}
      }
    }
    ByteArrayOutputStream body = keepBody ? new ByteArrayOutputStream() : null;
    if (chunked) {
      for (long size = chunkSize(); size > 0; size = chunkSize()) {
        copy(size, body);
        line();
      }
      while (!line().isEmpty()) {
        // trailers
      }
    } else if (length >= 0) {
      copy(length, body);
    } else {
      copy(Long.MAX_VALUE, body);
      closing = true;
    }
    if (closing) {
      close();
    }
    return new Answer(status, body == null ? new byte[0] : body.toByteArray());
  }

  private long chunkSize() throws IOException {
    String size = line();
    int semicolon = size.indexOf(';');
    return Long.parseLong((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
  }

  private void copy(long length, ByteArrayOutputStream body) throws IOException {
    byte[] buffer = new byte[8 * 1024];
    long left = length;
    while (left > 0) {
      int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (n < 0) {
        if (length == Long.MAX_VALUE) {
          return;
        }
        throw new EOFException("the answer ended early");
      }
      if (body != null) {
        body.write(buffer, 0, n);
      }
      left -= n;
    }
  }

  /** Reads a line without its CRLF, as ASCII. */
  private String line() throws IOException {
    StringBuilder text = new StringBuilder(64);
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new EOFException("the connection closed");
      }
      if (c != '\r') {
        text.append((char) c);
      }
    }
    return text.toString();
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException e) {
        // closing a failed connection: nothing left to do
      }
      socket = null;
      in = null;
      out = null;
    }
  }
}
