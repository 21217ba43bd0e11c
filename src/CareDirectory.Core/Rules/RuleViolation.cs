namespace CareDirectory.Rules;

/// <summary>
/// One thing wrong with a record, in the same words whichever path it came in by (GraphQL mutation, seed file, HSDS
/// JSON or CSV): <see cref="Field"/> is the record's field path in the API's names (<c>eligibility.minimumAge</c>,
/// <c>phones[0].e164</c>), <see cref="Code"/> a stable UPPER_CASE code, <see cref="Message"/> says what is wrong
/// without repeating the field, so each entry point can prefix its own location (input path, file and key, line).
/// </summary>
public sealed record RuleViolation(string Field, string Code, string Message)
{
    public override string ToString() => $"{Field}: {Message} ({Code})";
}
