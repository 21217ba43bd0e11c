using FluentValidation;

namespace CareDirectory.Editing;

/// <summary>Ages 0–120 with the minimum not above the maximum, for any input with an age range.</summary>
public static class AgeRangeRules
{
    public static void AddAgeRange<T>(this AbstractValidator<T> validator, Func<T, int?> minimum, Func<T, int?> maximum, string minimumName, string maximumName)
    {
        validator.RuleFor(x => minimum(x)).Age().OverridePropertyName(minimumName);
        validator.RuleFor(x => maximum(x)).Age().OverridePropertyName(maximumName);
        validator.RuleFor(x => minimum(x)).Must((x, min) => min is null || maximum(x) is not { } max || min <= max)
            .OverridePropertyName(minimumName).WithMessage("must not be greater than the maximum age.").WithErrorCode("INVALID_AGE_RANGE");
    }
}
