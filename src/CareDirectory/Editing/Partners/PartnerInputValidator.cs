using FluentValidation;

namespace CareDirectory.Editing.Partners;

public sealed class PartnerInputValidator : AbstractValidator<PartnerInput>
{
    public PartnerInputValidator(bool create)
    {
        this.RequireFor(create, p => p.Name);
        if (create)
        {
            RuleFor(p => p.State).Required();
        }

        RuleFor(p => p.State).StateCode();
        RuleForEach(p => p.Phones).SetValidator(new PhoneInputValidator());
        RuleForEach(p => p.ServiceAreas).SetValidator(new ServiceAreaInputValidator());
    }
}
