using System.Net;
using System.Net.Sockets;
using System.Text;

namespace GrensJobs.Ingestion.Tests.Http;

/// <summary>
/// A loopback server for faults WireMock cannot make (a body that drips, one cut short, an endless chunked body):
/// one request per connection; /robots.txt answers 404; other paths go to the responder.
/// </summary>
internal sealed class RawHttpServer : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly Func<Stream, CancellationToken, Task> responder;

    public RawHttpServer(Func<Stream, CancellationToken, Task> responder)
    {
        this.responder = responder;
        listener.Start();
        _ = AcceptAsync();
    }

    public string Url => $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";

    public static Task WriteAsync(Stream stream, string text, CancellationToken cancellationToken) =>
        stream.WriteAsync(Encoding.ASCII.GetBytes(text), cancellationToken).AsTask();

    public void Dispose()
    {
        stop.Cancel();
        listener.Stop();
        stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stop.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var head = await ReadHeadAsync(stream, stop.Token);
                if (head.StartsWith("GET /robots.txt ", StringComparison.Ordinal))
                {
                    await WriteAsync(stream, "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n", stop.Token);
                    return;
                }

                await responder(stream, stop.Token);
            }
            catch (Exception exception) when (exception is IOException or OperationCanceledException or SocketException)
            {
                // The client gave up (the point of most faults here).
            }
        }
    }

    private static async Task<string> ReadHeadAsync(Stream stream, CancellationToken cancellationToken)
    {
        var head = new StringBuilder();
        var one = new byte[1];
        while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal)
               && await stream.ReadAsync(one, cancellationToken) == 1)
        {
            head.Append((char)one[0]);
        }

        return head.ToString();
    }
}
