using System.Net;

namespace CareDirectory.Tests.Mutations;

/// <summary>Token buckets per key and per address answer 429 with Retry-After and RATE_LIMITED once spent.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task WritesBeyondTheBucketAre429WithRetryAfterAndWriteNothing()
    {
        using var app = new EditorApp(("RateLimits:WriteLimit", "2"), ("RateLimits:WritesPerPeriod", "1"), ("RateLimits:ReplenishmentPeriod", "01:00:00"));
        var key = await app.KeyAsync("state:NJ");
        const string Create = """mutation($name: String!) { createPartner(input: { state: "NJ", name: $name }) { partner { id } """ + EditorApp.ErrorsSelection + " } }";

        Assert.Equal(HttpStatusCode.OK, (await app.PostAsync(Create, new { name = "One" }, key)).Status);
        Assert.Equal(HttpStatusCode.OK, (await app.PostAsync(Create, new { name = "Two" }, key)).Status);
        var before = await app.CountsAsync();
        var limited = await app.PostAsync(Create, new { name = "Three" }, key);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.Status);
        Assert.Equal("RATE_LIMITED", limited.FirstErrorCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero, limited.Headers.ToString());
        Assert.Equal(before, await app.CountsAsync());
    }

    [Fact]
    public async Task ReadsSpendTheirCostPerAddress()
    {
        using var app = new EditorApp(("RateLimits:ReadCostLimit", "60"), ("RateLimits:ReadCostPerPeriod", "1"), ("RateLimits:AddressFactor", "1"), ("RateLimits:ReplenishmentPeriod", "01:00:00"));
        const string Query = "{ partners(first: 50) { nodes { name } } }";

        var first = await app.PostAsync(Query);
        var second = await app.PostAsync(Query);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.True(first.Body["extensions"]!["cost"]!["requested"]!.GetValue<int>() > 30);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.Status);
        Assert.Equal("RATE_LIMITED", second.FirstErrorCode);
        Assert.NotNull(second.Headers.RetryAfter);
    }

    [Fact]
    public async Task EachKeyHasItsOwnWriteBucket()
    {
        using var app = new EditorApp(("RateLimits:WriteLimit", "1"), ("RateLimits:WritesPerPeriod", "1"), ("RateLimits:AddressFactor", "2"), ("RateLimits:ReplenishmentPeriod", "01:00:00"));
        var first = await app.KeyAsync("state:NJ");
        var second = await app.KeyAsync("state:NJ");
        const string Verify = """mutation { markVerified(input: { id: "nope" }) { """ + EditorApp.ErrorsSelection + " } }";

        Assert.Equal(HttpStatusCode.OK, (await app.PostAsync(Verify, key: first)).Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await app.PostAsync(Verify, key: first)).Status);
        Assert.Equal(HttpStatusCode.OK, (await app.PostAsync(Verify, key: second)).Status);

        // Both keys come from one address, whose bucket (twice a key's) is now spent as well.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await app.PostAsync(Verify, key: await app.KeyAsync("state:NJ"))).Status);
    }
}
