using System.Net.Http.Json;
using System.Text.Json;

namespace GrensJobs.Tests.Web.Mediator;

/// <summary>Calls the mediator API as one caller: with its session cookie, or anonymously (null).</summary>
internal sealed class MediatorSession(ApiHost host, string? cookie)
{
    public const string Prefix = "/api/v1/mediator";

    public string? Cookie => cookie;

    public Task<(HttpResponseMessage Response, JsonElement Body)> GetAsync(string path) => SendAsync(HttpMethod.Get, path);

    public Task<(HttpResponseMessage Response, JsonElement Body)> PostAsync(string path, object? body) => SendAsync(HttpMethod.Post, path, body);

    public async Task<(HttpResponseMessage Response, JsonElement Body)> SendAsync(HttpMethod method, string path, object? body = null, string? reasonHeader = null)
    {
        using var request = Request(method, path, body);
        if (reasonHeader is not null)
        {
            request.Headers.Add("X-Reason", reasonHeader);
        }

        var response = await host.Client.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        if (text.Length == 0 || response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) != true)
        {
            return (response, default);
        }

        using var json = JsonDocument.Parse(text);
        return (response, json.RootElement.Clone());
    }

    /// <summary>The raw answer (for CSV).</summary>
    public async Task<(HttpResponseMessage Response, byte[] Bytes)> GetBytesAsync(string path)
    {
        using var request = Request(HttpMethod.Get, path, null);
        var response = await host.Client.SendAsync(request, TestContext.Current.CancellationToken);
        return (response, await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>A new shortlist of this session's account; its id.</summary>
    public async Task<long> CreateShortlistAsync(string name)
    {
        var (response, body) = await PostAsync($"{Prefix}/shortlists", new { name });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return body.GetProperty("id").GetInt64();
    }

    /// <summary>An item on the shortlist; its id.</summary>
    public async Task<long> AddItemAsync(long shortlistId, string profileId, string vacancySource, string vacancyId, string? note = null)
    {
        var (response, body) = await PostAsync($"{Prefix}/shortlists/{shortlistId}/items", new { profileId, vacancySource, vacancyId, note });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return body.GetProperty("id").GetInt64();
    }

    private HttpRequestMessage Request(HttpMethod method, string path, object? body)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return request;
    }
}
