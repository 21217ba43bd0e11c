using CareDirectory.Domain;
using FluentValidation;

namespace CareDirectory.Editing.EducatorResources;

public sealed class EducatorResourceInputValidator : AbstractValidator<EducatorResourceInput>
{
    public EducatorResourceInputValidator(bool create)
    {
        if (create)
        {
            RuleFor(r => r.State).Required();
            RuleFor(r => r.Title).Required();
            RuleFor(r => r.Url).Required();
        }
        else
        {
            RuleFor(r => r.Id).Required();
            RuleFor(r => r.Version).NotNull().WithMessage("is required: send the version you read.").WithErrorCode("REQUIRED");
            RuleFor(r => r.Title).Must(n => n is null || n.Trim().Length > 0).WithMessage("must not be blank.").WithErrorCode("REQUIRED");
        }

        RuleFor(r => r.State).Must(s => s is null || (s.Length == 2 && s.All(char.IsAsciiLetter))).WithMessage("must be a two-letter USPS state code.").WithErrorCode("INVALID_STATE");
        RuleFor(r => r.County).Must(c => c is null || (c.Length == 5 && c.All(char.IsAsciiDigit))).WithMessage("must be a five-digit county FIPS code.").WithErrorCode("INVALID_FIPS");
        RuleFor(r => r.Title).MaxText(InputRules.NameLength);
        RuleFor(r => r.Description).MaxText(InputRules.TextLength);
        RuleFor(r => r.Url).HttpUrl();
        RuleFor(r => r.Language).LanguageTag();
        RuleFor(r => r.Topics).Known(ResourceTopics.All, $"topics ({string.Join(", ", ResourceTopics.All.Order(StringComparer.Ordinal))})");
        RuleFor(r => r.DurationMinutes).InclusiveBetween(1, 24 * 60).WithMessage("must be from 1 to 1440 minutes.").WithErrorCode("OUT_OF_RANGE");
        this.AddAgeRange(r => r.MinimumAge, r => r.MaximumAge, "MinimumAge", "MaximumAge");
    }
}
