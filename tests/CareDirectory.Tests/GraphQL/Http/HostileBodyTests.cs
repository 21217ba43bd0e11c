using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CareDirectory.Tests.Infrastructure;

namespace CareDirectory.Tests.GraphQL.Http;

/// <summary>
/// Bodies that are not the UTF-8 JSON they claim to be get a 400 with a code, never a 500 — against the real
/// application, and then a bounded fuzz run of random and mutated bodies (its seed is in every failure message).
/// </summary>
public sealed class HostileBodyTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>
{
    private const string Hello = """{"query":"{ states(first: 1) { totalCount } }"}""";

    private readonly HttpClient _client = app.CreateClient();

    public static TheoryData<string> InvalidUtf8 => new()
    {
        "7b22717565727922ff3a227b7d227d",           // {"query"\xff:"{}"}
        "7b227175657279223a227b20c0af207d227d",     // an overlong '/' inside the query
        "7b227175657279223a227b20e282",             // a sequence cut off by the end of the body
        "7b227175657279223a22eda080227d",           // a UTF-8-encoded surrogate (ED A0 80)
    };

    [Theory]
    [MemberData(nameof(InvalidUtf8))]
    public async Task InvalidUtf8IsA400InvalidJson(string hex)
    {
        var (status, code) = await PostAsync(Convert.FromHexString(hex), "application/json");

        Assert.Equal((400, "INVALID_JSON"), (status, code));
    }

    [Theory]
    [InlineData("""{"query":"{ states(first: 1) { totalCount } } # \ud800"}""")]
    [InlineData("""{"query":"query($s: String!) { state(code: $s) { name } }","variables":{"s":"\udc00"}}""")]
    [InlineData("""{"query":"{ states(first: 1) { totalCount } }","variables":{"\ud800x":1}}""")]
    [InlineData("""[{"query":"{ states(first: 1) { totalCount } }","extensions":{"a":["\ud83d"]}}]""")]
    public async Task AnUnpairedSurrogateEscapeIsA400InvalidJson(string body)
    {
        var (status, code) = await PostAsync(Encoding.UTF8.GetBytes(body), "application/json");

        Assert.Equal((400, "INVALID_JSON"), (status, code));
        Assert.Equal(200, (await PostAsync(Encoding.UTF8.GetBytes(Hello), "application/json")).Status);
    }

    [Theory]
    [InlineData("application/json; charset=\"UTF-8\"")]
    [InlineData("application/json;charset=utf-8")]
    [InlineData("Application/JSON; Charset=\"utf-8\"")]
    public async Task EquivalentSpellingsOfTheJsonMediaTypeAreAccepted(string contentType)
    {
        var (status, code) = await PostAsync(Encoding.UTF8.GetBytes(Hello), contentType);

        Assert.True(status == 200, $"{contentType}: {status} {code}");
    }

    /// <summary>
    /// 400 bodies per run, in about a second: random bytes, and valid requests with bytes flipped, cut short or
    /// spliced with characters JSON and UTF-8 treat specially. Any 5xx or INTERNAL_ERROR fails with the seed.
    /// </summary>
    [Fact]
    public async Task RandomAndMutatedBodiesNeverGetA5xx()
    {
        var seed = Environment.TickCount;
        var random = new Random(seed);
        byte[][] specials = [[0xff], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0x00], "\\ud800"u8.ToArray(), "\""u8.ToArray(), "{"u8.ToArray(), "]"u8.ToArray(), [0xe2, 0x82]];
        var valid = Encoding.UTF8.GetBytes("""{"query":"query($n: Int) { states(first: $n) { totalCount nodes { code name } } }","variables":{"n":2},"operationName":null}""");
        for (var i = 0; i < 400; i++)
        {
            var body = (i % 4) switch
            {
                0 => RandomBytes(random),
                1 => Flipped(valid, random),
                2 => valid[..random.Next(valid.Length)],
                _ => Spliced(valid, specials[random.Next(specials.Length)], random),
            };
            var (status, code) = await PostAsync(body, "application/json");

            Assert.True(status < 500 && code != "INTERNAL_ERROR", $"seed {seed}, body {i} ({Convert.ToHexString(body)}): {status} {code}");
        }
    }

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(1, 200)];
        random.NextBytes(bytes);
        return bytes;
    }

    private static byte[] Flipped(byte[] valid, Random random)
    {
        var bytes = (byte[])valid.Clone();
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
        }

        return bytes;
    }

    private static byte[] Spliced(byte[] valid, byte[] special, Random random)
    {
        var at = random.Next(valid.Length);
        return [.. valid[..at], .. special, .. valid[at..]];
    }

    private async Task<(int Status, string? Code)> PostAsync(byte[] body, string contentType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await _client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var code = text.Length > 0 && JsonNode.Parse(text) is JsonObject json ? json["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>() : null;
        return ((int)response.StatusCode, code);
    }
}
