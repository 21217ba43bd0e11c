using FluentValidation;

namespace CareDirectory.Editing.EducatorResources;

public sealed class EducatorResourceInputValidator : AbstractValidator<EducatorResourceInput>
{
    public EducatorResourceInputValidator(bool create)
    {
        this.RequirePlaced(create);

        // A resource is a link for educators: an editor creating one must give it (seed and HSDS records may not have one yet).
        RuleFor(r => r.Url).Required().When(_ => create);
    }
}
