using FluentValidation;

namespace CareDirectory.Editing.Partners;

public sealed class PartnerInputValidator : AbstractValidator<PartnerInput>
{
    public PartnerInputValidator(bool create)
    {
        if (create)
        {
            RuleFor(p => p.State).Required();
            RuleFor(p => p.Name).Required();
        }
        else
        {
            RuleFor(p => p.Id).Required();
            RuleFor(p => p.Version).NotNull().WithMessage("is required: send the version you read.").WithErrorCode("REQUIRED");
            RuleFor(p => p.Name).Must(n => n is null || n.Trim().Length > 0).WithMessage("must not be blank.").WithErrorCode("REQUIRED");
        }

        RuleFor(p => p.State).Must(s => s is null || (s.Length == 2 && s.All(char.IsAsciiLetter))).WithMessage("must be a two-letter USPS state code.").WithErrorCode("INVALID_STATE");
        RuleFor(p => p.Name).MaxText(InputRules.NameLength);
        RuleFor(p => p.AlternateName).MaxText(InputRules.NameLength);
        RuleFor(p => p.Description).MaxText(InputRules.TextLength);
        RuleFor(p => p.Website).HttpUrl();
        RuleFor(p => p.Email).EmailAddress();
        RuleFor(p => p.Phones).Must(p => p is null || p.Count <= 20).WithMessage("must list at most 20 numbers.").WithErrorCode("TOO_MANY");
        RuleForEach(p => p.Phones).SetValidator(new PhoneInputValidator());
        RuleFor(p => p.ServiceAreas).Must(a => a is null || a.Count <= 100).WithMessage("must list at most 100 areas.").WithErrorCode("TOO_MANY");
        RuleForEach(p => p.ServiceAreas).SetValidator(new ServiceAreaInputValidator());
    }
}
