using FluentValidation;

namespace CareDirectory.Editing.Programs;

public sealed class ProgramInputValidator : AbstractValidator<ProgramInput>
{
    public ProgramInputValidator(bool create)
    {
        if (create)
        {
            RuleFor(p => p.Partner).Required();
            RuleFor(p => p.Name).Required();
        }
        else
        {
            RuleFor(p => p.Id).Required();
            RuleFor(p => p.Version).NotNull().WithMessage("is required: send the version you read.").WithErrorCode("REQUIRED");
            RuleFor(p => p.Name).Must(n => n is null || n.Trim().Length > 0).WithMessage("must not be blank.").WithErrorCode("REQUIRED");
        }

        RuleFor(p => p.Name).MaxText(InputRules.NameLength);
        RuleFor(p => p.AlternateName).MaxText(InputRules.NameLength);
        RuleFor(p => p.Description).MaxText(InputRules.TextLength);
        RuleFor(p => p.Website).HttpUrl();
        RuleFor(p => p.Email).EmailAddress();
        RuleFor(p => p.ResponseTime).MaxText(InputRules.ShortTextLength);
        RuleFor(p => p.TypicalDuration).MaxText(InputRules.ShortTextLength);
        RuleFor(p => p.ServiceTypes).Must(t => t is null || t.Count <= 30).WithMessage("must list at most 30 service types.").WithErrorCode("TOO_MANY");
        RuleForEach(p => p.Languages).LanguageTag();
        RuleFor(p => p.Eligibility!).ChildRules(e =>
        {
            e.AddAgeRange(x => x.MinimumAge, x => x.MaximumAge, "MinimumAge", "MaximumAge");
            e.RuleFor(x => x.Description).MaxText(InputRules.TextLength);
            e.RuleForEach(x => x.Populations).Must(v => v.Length <= InputRules.ShortTextLength).WithMessage($"must be at most {InputRules.ShortTextLength} characters.").WithErrorCode("TOO_LONG");
        }).When(p => p.Eligibility is not null);
        RuleForEach(p => p.ServiceAreas).SetValidator(new ServiceAreaInputValidator());
    }
}
