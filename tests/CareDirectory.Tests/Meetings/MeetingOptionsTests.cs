using CareDirectory.Calendars;
using CareDirectory.Domain;
using CareDirectory.Meetings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CareDirectory.Tests.Meetings;

public sealed class MeetingOptionsTests
{
    private static ServiceProvider Services(params (string Key, string Value)[] settings) =>
        new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder()
                .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))
                .Build())
            .AddMeetings()
            .BuildServiceProvider();

    [Fact]
    public void LimitsComeFromTheMeetingsSection()
    {
        using var services = Services(("Meetings:MaxOccurrences", "3"));
        var schedule = new MeetingSchedule { RecurrenceRule = "FREQ=DAILY", StartLocal = new DateTime(2026, 1, 1, 9, 0, 0) };
        var from = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        var occurrences = services.GetRequiredService<MeetingOccurrences>().Between(schedule, "America/New_York", from, from.AddDays(30));

        Assert.Equal(3, occurrences.Count);
    }

    [Theory]
    [InlineData("Meetings:MaxOccurrences", "0")]
    [InlineData("Meetings:MaxWindowDays", "-1")]
    public void NonPositiveLimitIsRejected(string key, string value)
    {
        using var services = Services((key, value));

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<MeetingOptions>>().Value);
    }
}
