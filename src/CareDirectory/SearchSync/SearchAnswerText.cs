using CareDirectory.Domain;

namespace CareDirectory.SearchSync;

/// <summary>
/// The indexed text of what people ask about a record rather than what it is (#17): how to reach it, what it costs,
/// who it is for by age, where it serves. Written as plain sentences from the record's own fields, so a question's
/// words ("call", "night", "weekends", "insurance", "free") meet them and a highlight can show the answer itself
/// ("Call 1-877-652-7624 (toll-free)").
/// </summary>
internal static class SearchAnswerText
{
    /// <summary>What 24/7 means to someone asking whether they can call at night or on a weekend.</summary>
    private const string AroundTheClock = "Available 24/7, day and night, on weekends and holidays";

    /// <summary>A partner's phones and the access points (state access lines) it answers.</summary>
    public static string? PartnerContact(Partner partner, IEnumerable<AccessPoint> accessPoints) =>
        Sentences([.. partner.Phones.Select(Phone), .. accessPoints.SelectMany(AccessPoint)]);

    /// <summary>A program's referral path and availability, and the access points its partner answers.</summary>
    public static string? ProgramContact(CareProgram program, IEnumerable<AccessPoint> accessPoints)
    {
        var referral = program.Referral;
        return Sentences(
        [
            referral.WhoRefers.Count > 0 ? "Referred by: " + string.Join(", ", referral.WhoRefers) : null,
            referral.HowToRefer,
            referral.Phone is { } phone ? "Call " + phone : null,
            referral.FormName is { } form ? "Referral form: " + form : null,
            program.Availability.Available24x7 ? AroundTheClock : null,
            program.Availability.Description,
            .. accessPoints.SelectMany(AccessPoint),
        ]);
    }

    /// <summary>Free or not, the payment options by name and the cost notes.</summary>
    public static string? Cost(Cost cost) => Sentences(
    [
        cost.Free switch { true => "Free", false => "Not free", null => null },
        cost.PaymentOptions.Count > 0 ? "Payment options: " + string.Join(", ", cost.PaymentOptions) : null,
        cost.Description,
    ]);

    /// <summary>The age range in words ("Ages 5 to 21", "Up to age 21"), or null when open at both ends.</summary>
    public static string? Ages(int? minimum, int? maximum) => (minimum, maximum) switch
    {
        ({ } min, { } max) => $"Ages {min} to {max}",
        (null, { } max) => $"Up to age {max}",
        ({ } min, null) => $"From age {min}",
        _ => null,
    };

    private static IEnumerable<string?> AccessPoint(AccessPoint access) =>
    [
        access.Name,
        access.Phone is { } phone ? $"Call {phone}{(access.TollFree ? " (toll-free)" : "")}" : null,
        access.Hours,
        access.Available24x7 ? AroundTheClock : null,
        access.Description,
        access.WhoMayCall.Count > 0 ? "Who may call: " + string.Join(" ", access.WhoMayCall) : null,
        access.ReferralSteps.Count > 0 ? "Referral steps: " + string.Join(" ", access.ReferralSteps) : null,
    ];

    private static string Phone(Phone phone)
    {
        var verb = phone.Type.ToLowerInvariant() switch
        {
            "voice" => "Call",
            "tty" => "TTY",
            "text" => "Text",
            "fax" => "Fax",
            "hotline" => "Hotline",
            var other => other,
        };
        var line = $"{verb} {phone.Number}{(phone.TollFree ? " (toll-free)" : "")}";
        return phone.Description is { } description ? $"{line}: {description}" : line;
    }

    private static string? Sentences(IEnumerable<string?> parts) =>
        parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim().TrimEnd('.')).ToList() is { Count: > 0 } present
            ? string.Join(". ", present) + "."
            : null;
}
