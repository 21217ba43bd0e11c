using System.Text.RegularExpressions;
using FluentValidation;

namespace CareDirectory.Editing;

/// <summary>Format rules every input shares. Messages omit the field: <see cref="RecordEdits"/> prefixes its path.</summary>
public static partial class InputRules
{
    public const int NameLength = 300;
    public const int TextLength = 4000;
    public const int ShortTextLength = 200;

    public static IRuleBuilderOptions<T, string?> Required<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("is required.").WithErrorCode("REQUIRED");

    public static IRuleBuilderOptions<T, string?> MaxText<T>(this IRuleBuilder<T, string?> rule, int length) =>
        rule.Must(v => v is null || v.Length <= length).WithMessage($"must be at most {length} characters.").WithErrorCode("TOO_LONG");

    public static IRuleBuilderOptions<T, string?> HttpUrl<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(v => v is null || (v.Length <= 2000 && Uri.TryCreate(v, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
            .WithMessage("must be an absolute http or https URL.").WithErrorCode("INVALID_URL");

    public static IRuleBuilderOptions<T, string?> EmailAddress<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(v => v is null || (v.Length <= 254 && Email().IsMatch(v))).WithMessage("must be an email address such as info@example.org.").WithErrorCode("INVALID_EMAIL");

    public static IRuleBuilderOptions<T, string?> E164<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(v => v is not null && PhoneE164().IsMatch(v)).WithMessage("must be a phone number in E.164 form, e.g. +18774652947.").WithErrorCode("INVALID_PHONE");

    public static IRuleBuilderOptions<T, int?> Age<T>(this IRuleBuilder<T, int?> rule) =>
        rule.InclusiveBetween(0, 120).WithMessage("must be an age from 0 to 120.").WithErrorCode("INVALID_AGE");

    public static IRuleBuilderOptions<T, IList<string>?> Known<T>(this IRuleBuilder<T, IList<string>?> rule, IReadOnlySet<string> known, string what) =>
        rule.Must(v => v is null || v.All(known.Contains)).WithMessage($"has values that are not known {what}.").WithErrorCode("UNKNOWN_VALUE");

    public static IRuleBuilderOptions<T, string?> LanguageTag<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(v => v is null || (v.Length <= 35 && Language().IsMatch(v))).WithMessage("must be a BCP 47 language tag such as en or es-MX.").WithErrorCode("INVALID_LANGUAGE");

    [GeneratedRegex(@"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$")]
    private static partial Regex Language();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex Email();

    [GeneratedRegex(@"^\+[1-9][0-9]{1,14}$")]
    private static partial Regex PhoneE164();
}
