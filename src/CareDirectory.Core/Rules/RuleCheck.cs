using System.Text.RegularExpressions;
using CareDirectory.Domain;

namespace CareDirectory.Rules;

/// <summary>
/// Collects the violations of one record. Each method is one rule, written once: the record checks
/// (<see cref="RecordRules"/>) compose them, and every inbound path calls those checks.
/// </summary>
internal sealed partial class RuleCheck
{
    private readonly List<RuleViolation> _violations = [];

    public IReadOnlyList<RuleViolation> Violations => _violations;

    public void Add(string field, string code, string message) => _violations.Add(new RuleViolation(field, code, message));

    public void Required(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, RuleCodes.Required, "is required.");
        }
    }

    /// <summary>
    /// Stored text: at most <paramref name="length"/> characters and no control characters but tab and line breaks
    /// (a NUL or an escape sequence in a name breaks pages, feeds and CSV exports downstream).
    /// </summary>
    public void Text(string field, string? value, int length)
    {
        if (value is null)
        {
            return;
        }

        if (value.Length > length)
        {
            Add(field, RuleCodes.TooLong, $"must be at most {length} characters.");
        }

        if (value.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r')))
        {
            Add(field, RuleCodes.InvalidCharacters, "must not contain control characters (only tab and line breaks are allowed).");
        }
    }

    public void Name(string field, string? value)
    {
        Required(field, value);
        Text(field, value, RecordLimits.NameLength);
    }

    /// <summary>How a partner or a program is listed: its name, other name, description, website and e-mail.</summary>
    public void Listing(IListing listing)
    {
        Name("name", listing.Name);
        Text("alternateName", listing.AlternateName, RecordLimits.NameLength);
        Text("description", listing.Description, RecordLimits.TextLength);
        HttpUrl("website", listing.Website);
        Email("email", listing.Email);
    }

    /// <summary>One rule for each item of a list, at <c>field[i]</c>.</summary>
    public static void Each(string field, IReadOnlyList<string> values, Action<string, string> rule)
    {
        for (var i = 0; i < values.Count; i++)
        {
            rule($"{field}[{i}]", values[i]);
        }
    }

    public void HttpUrl(string field, string? value)
    {
        if (value is not null && !IsHttpUrl(value))
        {
            Add(field, RuleCodes.InvalidUrl, "must be an absolute http or https URL.");
        }
    }

    public void Email(string field, string? value)
    {
        if (value is not null && !(value.Length <= RecordLimits.EmailLength && EmailShape().IsMatch(value)))
        {
            Add(field, RuleCodes.InvalidEmail, "must be an email address such as info@example.org.");
        }
    }

    public void LanguageTag(string field, string? value)
    {
        if (value is not null && !IsLanguageTag(value))
        {
            Add(field, RuleCodes.InvalidLanguage, "must be a BCP 47 language tag such as en or es-MX.");
        }
    }

    public void AtMost<T>(string field, IReadOnlyCollection<T> values, int count, string what)
    {
        if (values.Count > count)
        {
            Add(field, RuleCodes.TooMany, $"must list at most {count} {what}.");
        }
    }

    /// <summary>Whole years from 0 to 120, the minimum not above the maximum; <paramref name="prefix"/> is where the pair lives.</summary>
    public void AgeRange(string prefix, int? minimum, int? maximum)
    {
        var minimumField = prefix + "minimumAge";
        Age(minimumField, minimum);
        Age(prefix + "maximumAge", maximum);
        if (minimum is { } min && maximum is { } max && min > max)
        {
            Add(minimumField, RuleCodes.InvalidAgeRange, "must not be greater than the maximum age.");
        }
    }

    private void Age(string field, int? age)
    {
        if (age is < RecordLimits.MinimumAge or > RecordLimits.MaximumAge)
        {
            Add(field, RuleCodes.InvalidAge, $"must be an age from {RecordLimits.MinimumAge} to {RecordLimits.MaximumAge}.");
        }
    }

    public void Phones(IReadOnlyList<Phone> phones)
    {
        AtMost("phones", phones, RecordLimits.MaxPhones, "numbers");
        for (var i = 0; i < phones.Count; i++)
        {
            var phone = phones[i];
            var at = $"phones[{i}]";
            Required($"{at}.number", phone.Number);
            Text($"{at}.number", phone.Number, RecordLimits.PhoneNumberLength);
            if (phone.E164 is { } e164 && !IsE164(e164))
            {
                Add($"{at}.e164", RuleCodes.InvalidPhone, "must be a phone number in E.164 form, e.g. +18774652947.");
            }

            if (!PhoneTypes.All.Contains(phone.Type))
            {
                Add($"{at}.type", RuleCodes.UnknownValue, $"must be one of {string.Join(", ", PhoneTypes.All.Order(StringComparer.Ordinal))}.");
            }

            Text($"{at}.description", phone.Description, RecordLimits.ShortTextLength);
        }
    }

    public void ServiceAreas(IReadOnlyList<ServiceArea> areas)
    {
        AtMost("serviceAreas", areas, RecordLimits.MaxServiceAreas, "areas");
        for (var i = 0; i < areas.Count; i++)
        {
            var area = areas[i];
            var at = $"serviceAreas[{i}]";
            Required($"{at}.code", area.Code);
            Text($"{at}.code", area.Code, RecordLimits.AreaCodeLength);
            if (area.Kind == ServiceAreaKind.County && !IsCountyFips(area.Code))
            {
                Add($"{at}.code", RuleCodes.InvalidFips, "must be a five-digit county FIPS code for a COUNTY area.");
            }

            Text($"{at}.note", area.Note, RecordLimits.ShortTextLength);
        }
    }

    public static bool IsHttpUrl(string value) =>
        value.Length <= RecordLimits.UrlLength && Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static bool IsLanguageTag(string value) => value.Length <= RecordLimits.LanguageTagLength && LanguageShape().IsMatch(value);

    public static bool IsCountyFips(string? value) => value is { Length: 5 } && value.All(char.IsAsciiDigit);

    public static bool IsE164(string value) => E164Shape().IsMatch(value);

    [GeneratedRegex(@"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$")]
    private static partial Regex LanguageShape();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailShape();

    [GeneratedRegex(@"^\+[1-9][0-9]{1,14}$")]
    private static partial Regex E164Shape();
}
