using static CareDirectory.Tests.Mutations.PartnerMutationTests;

namespace CareDirectory.Tests.Mutations;

/// <summary>createEducatorResource, updateEducatorResource, archiveEducatorResource.</summary>
public sealed class EducatorResourceMutationTests
{
    [Fact]
    public async Task StateKeyCreatesUpdatesAndArchivesAStatewideResource()
    {
        using var app = new EditorApp();
        var key = await app.KeyAsync("state:NJ");

        var created = await app.MutateAsync("createEducatorResource", "educatorResource { id title url topics version }", new
        {
            state = "NJ",
            title = "Referral guide for schools",
            url = "https://example.org/guide.pdf",
            resourceKind = "GUIDE",
            topics = new[] { "referral", "education" },
            audiences = new[] { "EDUCATORS" },
            minimumAge = 5,
            maximumAge = 21,
        }, key);
        AssertNoErrors(created);
        var id = created["educatorResource"]!["id"]!.GetValue<string>();

        var updated = await app.MutateAsync("updateEducatorResource", "educatorResource { title version }", new { id, version = 1, title = "Referral guide" }, key);
        AssertNoErrors(updated);
        Assert.Equal(2, updated["educatorResource"]!["version"]!.GetValue<int>());

        var stale = await app.MutateAsync("archiveEducatorResource", "educatorResource { id }", new { id, version = 1 }, key);
        AssertError(stale["errors"]!.AsArray(), "CONFLICT", "input.version");
        var archived = await app.MutateAsync("archiveEducatorResource", "educatorResource { id }", new { id, version = 2 }, key);
        AssertNoErrors(archived);
        var list = await app.PostAsync("""{ educatorResources(first: 50, where: { title: { eq: "Referral guide" } }) { totalCount } }""");
        Assert.Equal(0, list.Data("educatorResources")["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task UnknownTopicsBadAgesAndMissingUrlAreRefused()
    {
        using var app = new EditorApp();
        var key = await app.KeyAsync("state:NJ");
        var before = await app.CountsAsync();

        var payload = await app.MutateAsync("createEducatorResource", "educatorResource { id }", new
        {
            state = "NJ",
            title = "Bad resource",
            url = "",
            topics = new[] { "astrology" },
            minimumAge = 30,
            maximumAge = 10,
            durationMinutes = 0,
        }, key);

        var errors = payload["errors"]!.AsArray();
        AssertError(errors, "REQUIRED", "input.url");
        AssertError(errors, "UNKNOWN_VALUE", "input.topics");
        AssertError(errors, "INVALID_AGE_RANGE", "input.minimumAge");
        AssertError(errors, "OUT_OF_RANGE", "input.durationMinutes");
        Assert.Equal(before, await app.CountsAsync());
    }
}
