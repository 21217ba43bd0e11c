using FluentValidation;

namespace CareDirectory.Editing.Programs;

public sealed class ProgramInputValidator : AbstractValidator<ProgramInput>
{
    public ProgramInputValidator(bool create)
    {
        this.RequireFor(create, p => p.Name);
        if (create)
        {
            RuleFor(p => p.Partner).Required();
        }

        RuleForEach(p => p.ServiceAreas).SetValidator(new ServiceAreaInputValidator());
    }
}
