using CareDirectory.Domain;
using FluentValidation;

namespace CareDirectory.Editing;

public sealed class ServiceAreaInputValidator : AbstractValidator<ServiceAreaInput>
{
    public ServiceAreaInputValidator()
    {
        RuleFor(a => a.Code).Required().MaxText(64);
        RuleFor(a => a.Code).Must(c => c is { Length: 5 } && c.All(char.IsAsciiDigit)).When(a => a.Kind == ServiceAreaKind.County)
            .WithMessage("must be a five-digit county FIPS code for a COUNTY area.").WithErrorCode("INVALID_FIPS");
        RuleFor(a => a.Note).MaxText(InputRules.ShortTextLength);
    }
}
