using FluentValidation;

namespace CareDirectory.Editing.EducatorResources;

public sealed class EducatorResourceInputValidator : AbstractValidator<EducatorResourceInput>
{
    public EducatorResourceInputValidator(bool create)
    {
        this.RequireFor(create, r => r.Title);
        if (create)
        {
            RuleFor(r => r.State).Required();

            // A resource is a link for educators: an editor creating one must give it (seed and HSDS records may not have one yet).
            RuleFor(r => r.Url).Required();
        }

        RuleFor(r => r.State).StateCode();
        RuleFor(r => r.County).CountyFips();
    }
}
