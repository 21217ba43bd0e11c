using System.Text;
using Elastic.Transport;

namespace CareDirectory.Search.Tests.Elasticsearch;

/// <summary>
/// Stands in for HTTP under the real client: records each request (method, path, content type, body) and
/// answers through Elastic.Transport's <see cref="InMemoryRequestInvoker"/> with a canned response chosen by
/// <paramref name="respond"/>. Every response carries <c>X-Elastic-Product: Elasticsearch</c>, as the client requires.
/// </summary>
public sealed class RecordingRequestInvoker(Func<RecordedRequest, CannedResponse> respond) : IRequestInvoker
{
    private static readonly Dictionary<string, IEnumerable<string>> _productHeader = new() { ["X-Elastic-Product"] = ["Elasticsearch"] };
    private readonly InMemoryRequestInvoker _factory = new();

    public List<RecordedRequest> Requests { get; } = [];

    public ResponseFactory ResponseFactory => _factory.ResponseFactory;

    public TResponse Request<TResponse>(Endpoint endpoint, BoundConfiguration boundConfiguration, PostData? postData)
        where TResponse : TransportResponse, new() =>
        Canned(endpoint, boundConfiguration, postData).Request<TResponse>(endpoint, boundConfiguration, postData);

    public Task<TResponse> RequestAsync<TResponse>(
        Endpoint endpoint, BoundConfiguration boundConfiguration, PostData? postData, CancellationToken cancellationToken)
        where TResponse : TransportResponse, new() =>
        Canned(endpoint, boundConfiguration, postData).RequestAsync<TResponse>(endpoint, boundConfiguration, postData, cancellationToken);

    public void Dispose() => ((IDisposable)_factory).Dispose();

    private InMemoryRequestInvoker Canned(Endpoint endpoint, BoundConfiguration configuration, PostData? postData)
    {
        string? body = null;
        if (postData is not null)
        {
            using var buffer = new MemoryStream();
            postData.Write(buffer, configuration.ConnectionSettings, true);
            body = Encoding.UTF8.GetString(buffer.ToArray());
        }

        var request = new RecordedRequest(endpoint.Method.ToString(), endpoint.PathAndQuery, configuration.ContentType, body);
        Requests.Add(request);
        var response = respond(request);
        return new InMemoryRequestInvoker(
            Encoding.UTF8.GetBytes(response.Body), response.StatusCode, response.Exception, response.ContentType, _productHeader);
    }
}
