using FluentValidation;

namespace CareDirectory.Editing;

/// <summary>An area needs its code to be looked up; its form is a record rule, checked on the record.</summary>
public sealed class ServiceAreaInputValidator : AbstractValidator<ServiceAreaInput>
{
    public ServiceAreaInputValidator() => RuleFor(a => a.Code).Required();
}
