using CareDirectory.Meetings;

namespace CareDirectory.Calendars;

public static class MeetingsServiceCollectionExtensions
{
    /// <summary>Meeting occurrence limits from the <c>Meetings</c> configuration section, checked at start-up, and the occurrence service.</summary>
    public static IServiceCollection AddMeetings(this IServiceCollection services)
    {
        services.AddOptions<MeetingOptions>()
            .BindConfiguration(MeetingOptions.SectionName)
            .Validate(o => o.MaxOccurrences > 0, "Meetings:MaxOccurrences must be positive.")
            .Validate(o => o.MaxWindowDays > 0, "Meetings:MaxWindowDays must be positive.")
            .ValidateOnStart();
        services.AddSingleton<MeetingOccurrences>();
        return services;
    }
}
