using CareDirectory.Domain;
using CareDirectory.Meetings;
using CareDirectory.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CareDirectory.Tests.GraphQL;

/// <summary>
/// An occurrence expansion that fails for a reason nobody foresaw (simulated: the expander throws) is an error on the
/// field that asked for the dates, naming the meeting; the county page and the meeting list around it answer (#16).
/// </summary>
public sealed class FailingOccurrencesTests(DirectoryAppFactory app) : IClassFixture<DirectoryAppFactory>
{
    [Fact]
    public async Task AFailingExpansionIsAFieldErrorAndTheCountyPageAnswers()
    {
        using var faulty = app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<MeetingOccurrences>(provider => new ThrowingOccurrences(provider.GetRequiredService<IOptions<MeetingOptions>>()))));
        var client = new GraphQLClient(faulty.CreateClient());

        var response = await client.QueryAsync("""
            { county(state: "NJ", slug: "bergen") { name upcomingMeetings(days: 366) { start } meetings(first: 50) { nodes { key occurrences { start } } } } }
            """);

        var county = response.Data!["county"]!;
        Assert.Equal("Bergen", county["name"]!.GetValue<string>());
        Assert.Empty(county["upcomingMeetings"]!.AsArray());
        var meetings = county["meetings"]!["nodes"]!.AsArray();
        Assert.NotEmpty(meetings);
        Assert.All(meetings, m => Assert.Empty(m!["occurrences"]!.AsArray()));
        Assert.NotEmpty(response.Errors);
        Assert.All(response.ErrorCodes, code => Assert.Equal("SCHEDULE_UNAVAILABLE", code));
        Assert.Contains(response.Errors, e => e!["path"]!.AsArray().Select(p => p!.ToString()).SequenceEqual(["county", "upcomingMeetings"]));
        Assert.Contains(response.Errors, e => e!["message"]!.GetValue<string>().Contains(meetings[0]!["key"]!.GetValue<string>(), StringComparison.Ordinal));
    }

    /// <summary>The fault: every expansion throws what no validation anticipates.</summary>
    private sealed class ThrowingOccurrences(IOptions<MeetingOptions> options) : MeetingOccurrences(options)
    {
        public override IReadOnlyList<MeetingOccurrence> Between(MeetingSchedule schedule, string fallbackTimeZone, DateTimeOffset from, DateTimeOffset to, int? first = null) =>
            throw new InvalidOperationException("simulated defect in the recurrence engine");
    }
}
