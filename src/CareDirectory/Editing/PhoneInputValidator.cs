using CareDirectory.Rules;
using FluentValidation;

namespace CareDirectory.Editing;

/// <summary>Editors send the number in E.164 form only: it becomes both the displayed and the dialable number.</summary>
public sealed class PhoneInputValidator : AbstractValidator<PhoneInput>
{
    public PhoneInputValidator() =>
        RuleFor(p => p.Number).Must(n => n is not null && RecordRules.IsE164(n))
            .WithMessage("must be a phone number in E.164 form, e.g. +18774652947.").WithErrorCode(RuleCodes.InvalidPhone);
}
