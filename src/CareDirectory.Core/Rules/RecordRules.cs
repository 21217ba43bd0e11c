using CareDirectory.Domain;

namespace CareDirectory.Rules;

/// <summary>
/// The rules every stored record obeys, whichever way it arrives: GraphQL mutations check the record as it would be
/// saved, <c>seed</c> and <c>import hsds</c> check every record before anything is written. An empty list means valid.
/// References (a partner, a county, a service type that must exist) need the database or the whole input, so each
/// entry point resolves those; everything a record says about itself is checked here, once.
/// </summary>
public static class RecordRules
{
    /// <summary>The rules of whichever kind <paramref name="record"/> is.</summary>
    public static IReadOnlyList<RuleViolation> Check(Entity record) => record switch
    {
        Partner partner => Check(partner),
        CareProgram program => Check(program),
        Meeting meeting => Check(meeting),
        EducatorResource resource => Check(resource),
        _ => Common(record).Violations,
    };

    public static IReadOnlyList<RuleViolation> Check(Partner partner)
    {
        var check = Common(partner);
        check.Listing(partner);
        check.Phones(partner.Phones);
        check.ServiceAreas(partner.ServiceAreas);
        return check.Violations;
    }

    public static IReadOnlyList<RuleViolation> Check(CareProgram program)
    {
        var check = Common(program);
        check.Listing(program);
        check.Text("responseTime", program.ResponseTime, RecordLimits.ShortTextLength);
        check.Text("typicalDuration", program.TypicalDuration, RecordLimits.ShortTextLength);
        check.AtMost("serviceTypes", program.ServiceTypes, RecordLimits.MaxServiceTypes, "service types");
        RuleCheck.Each("languages", program.Languages, check.LanguageTag);

        check.AgeRange("eligibility.", program.Eligibility.MinimumAge, program.Eligibility.MaximumAge);
        check.Text("eligibility.description", program.Eligibility.Description, RecordLimits.TextLength);
        RuleCheck.Each("eligibility.populations", program.Eligibility.Populations, (field, population) => check.Text(field, population, RecordLimits.ShortTextLength));

        check.ServiceAreas(program.ServiceAreas);
        return check.Violations;
    }

    public static IReadOnlyList<RuleViolation> Check(Meeting meeting)
    {
        var check = Common(meeting);
        check.Name("title", meeting.Title);
        check.Text("description", meeting.Description, RecordLimits.TextLength);
        check.Text("accessibilityNotes", meeting.AccessibilityNotes, RecordLimits.TextLength);
        check.LanguageTag("language", meeting.Language);
        check.HttpUrl("joinUrl", meeting.JoinUrl);
        check.HttpUrl("registrationUrl", meeting.RegistrationUrl);
        check.HttpUrl("recordingUrl", meeting.RecordingUrl);
        check.Text("schedule.text", meeting.Schedule.Text, RecordLimits.ShortTextLength);
        foreach (var violation in MeetingScheduleRules.Validate(meeting.Schedule))
        {
            check.Add(violation.Field, violation.Code, violation.Message);
        }

        return check.Violations;
    }

    public static IReadOnlyList<RuleViolation> Check(EducatorResource resource)
    {
        var check = Common(resource);
        check.Name("title", resource.Title);
        check.Text("description", resource.Description, RecordLimits.TextLength);
        check.HttpUrl("url", resource.Url);
        check.LanguageTag("language", resource.Language);
        if (resource.Topics.Where(t => !ResourceTopics.All.Contains(t)).ToList() is { Count: > 0 } unknown)
        {
            check.Add("topics", RuleCodes.UnknownValue,
                $"has values that are not known topics ({string.Join(", ", unknown)}; known: {string.Join(", ", ResourceTopics.All.Order(StringComparer.Ordinal))}).");
        }

        if (resource.DurationMinutes is < 1 or > RecordLimits.MaxResourceMinutes)
        {
            check.Add("durationMinutes", RuleCodes.OutOfRange, $"must be from 1 to {RecordLimits.MaxResourceMinutes} minutes.");
        }

        check.AgeRange(string.Empty, resource.MinimumAge, resource.MaximumAge);
        return check.Violations;
    }

    /// <summary>True for a phone number in E.164 form (+18774652947), the form <see cref="Phone.E164"/> holds.</summary>
    public static bool IsE164(string value) => RuleCheck.IsE164(value);

    /// <summary>True for a five-digit county FIPS code such as 34003.</summary>
    public static bool IsCountyFips(string value) => RuleCheck.IsCountyFips(value);

    /// <summary>What every record needs: a stable key and the source it comes from.</summary>
    private static RuleCheck Common(Entity record)
    {
        var check = new RuleCheck();
        check.Required("key", record.Key);
        check.Text("key", record.Key, RecordLimits.ShortTextLength);
        check.Required("provenance.source", record.Provenance.Source);
        return check;
    }
}
