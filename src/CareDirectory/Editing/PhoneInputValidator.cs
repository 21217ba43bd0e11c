using FluentValidation;

namespace CareDirectory.Editing;

public sealed class PhoneInputValidator : AbstractValidator<PhoneInput>
{
    private static readonly HashSet<string> _types = new(StringComparer.Ordinal) { "voice", "fax", "text", "hotline", "tty" };

    public PhoneInputValidator()
    {
        RuleFor(p => p.Number).E164();
        RuleFor(p => p.Type).Must(t => t is null || _types.Contains(t)).WithMessage($"must be one of {string.Join(", ", _types)}.").WithErrorCode("UNKNOWN_VALUE");
        RuleFor(p => p.Description).MaxText(InputRules.ShortTextLength);
    }
}
