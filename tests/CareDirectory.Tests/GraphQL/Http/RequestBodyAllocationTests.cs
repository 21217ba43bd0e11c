using System.Text.Json;
using CareDirectory.GraphQL.Http;
using GraphQL.SystemTextJson;
using Microsoft.AspNetCore.Http;

namespace CareDirectory.Tests.GraphQL.Http;

/// <summary>
/// Every uncached county page starts by reading its POST body, which the plain endpoint does not have to do: reading a
/// small body costs about its own size, not a fixed-size copy buffer and a buffer that doubles its way up to the body.
/// </summary>
public sealed class RequestBodyAllocationTests
{
    private static readonly byte[] _countyPage = JsonSerializer.SerializeToUtf8Bytes(new
    {
        query = CountyPageQuery.Text,
        operationName = "CountyPage",
        variables = new { state = "NJ", slug = "bergen", partners = 10 },
    });

    [Fact]
    public async Task ReadingACountyPageRequestAllocatesAFewTimesItsSizeAtMost()
    {
        var reader = new GraphQLHttpRequestReader(new GraphQLSerializer());
        var options = new GraphQLTransportOptions();
        await ReadAsync(reader, options); // the first read pays for JIT compilation and static data

        var before = GC.GetAllocatedBytesForCurrentThread();
        var (requests, _) = await ReadAsync(reader, options);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(CountyPageQuery.Text, Assert.Single(requests).Query);
        // The body (1.4 KB) read, parsed and its query text kept (UTF-16, twice the bytes) came to 10.5 KB; with a 16 KB
        // copy chunk and a doubling buffer per request it was 26.9 KB.
        Assert.True(allocated < 12 * 1024, $"Reading a {_countyPage.Length}-byte body allocated {allocated} bytes.");
    }

    [Fact]
    public async Task ABodyLongerThanItsAnnouncedLengthIsReadWhole()
    {
        // The announced length only sizes the first buffer: a body that goes on past it is still read to its end.
        var context = new DefaultHttpContext();
        context.Request.Body = new MemoryStream(_countyPage);
        context.Request.ContentLength = 10;

        var (requests, _) = await new GraphQLHttpRequestReader(new GraphQLSerializer()).ReadBodyAsync(context.Request, new GraphQLTransportOptions(), CancellationToken.None);

        Assert.Equal(CountyPageQuery.Text, Assert.Single(requests).Query);
    }

    private static Task<(IReadOnlyList<GraphQLHttpRequest> Requests, bool IsBatch)> ReadAsync(GraphQLHttpRequestReader reader, GraphQLTransportOptions options)
    {
        // A MemoryStream body completes every read synchronously: all of the reading happens on this thread.
        var context = new DefaultHttpContext();
        context.Request.Body = new MemoryStream(_countyPage);
        context.Request.ContentLength = _countyPage.Length;
        return reader.ReadBodyAsync(context.Request, options, CancellationToken.None);
    }
}
