using System.Linq.Expressions;
using CareDirectory.Rules;
using FluentValidation;

namespace CareDirectory.Editing;

/// <summary>
/// What an editor's input must look like before any record is touched: the fields an operation needs and the forms
/// of the codes and ids it names. What the record itself must satisfy is <see cref="RecordRules"/>, checked on the
/// record as it would be saved. Messages omit the field: <see cref="RecordEdits"/> prefixes its path.
/// </summary>
public static class InputShape
{
    public static IRuleBuilderOptions<T, string?> Required<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("is required.").WithErrorCode(RuleCodes.Required);

    public static IRuleBuilderOptions<T, string?> StateCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(s => s is null || (s.Length == 2 && s.All(char.IsAsciiLetter))).WithMessage("must be a two-letter USPS state code.").WithErrorCode("INVALID_STATE");

    public static IRuleBuilderOptions<T, string?> CountyFips<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(c => c is null || (c.Length == 5 && c.All(char.IsAsciiDigit))).WithMessage("must be a five-digit county FIPS code.").WithErrorCode(RuleCodes.InvalidFips);

    /// <summary>
    /// Creating needs the record's name; updating needs its id and the version the editor read, and may leave the
    /// name out but not blank it.
    /// </summary>
    public static void RequireFor<TInput>(this AbstractValidator<TInput> validator, bool create, Expression<Func<TInput, string?>> name)
        where TInput : RecordInput
    {
        if (create)
        {
            validator.RuleFor(name).Required();
            return;
        }

        validator.RuleFor(i => i.Id).Required();
        validator.RuleFor(i => i.Version).NotNull().WithMessage("is required: send the version you read.").WithErrorCode(RuleCodes.Required);
        validator.RuleFor(name).Must(n => n is null || n.Trim().Length > 0).WithMessage("must not be blank.").WithErrorCode(RuleCodes.Required);
    }

    /// <summary>A placed record's input: as <see cref="RequireFor"/> with its title, a state when created, and the forms of its state and county codes.</summary>
    public static void RequirePlaced<TInput>(this AbstractValidator<TInput> validator, bool create)
        where TInput : PlacedRecordInput
    {
        validator.RequireFor(create, i => i.Title);
        if (create)
        {
            validator.RuleFor(i => i.State).Required();
        }

        validator.RuleFor(i => i.State).StateCode();
        validator.RuleFor(i => i.County).CountyFips();
    }
}
