namespace CareDirectory.Editing;

/// <summary>Stops a write before anything is saved; the mutation answers with these errors in its payload.</summary>
public sealed class EditRefusedException(IReadOnlyList<UserError> errors) : Exception(errors.Count > 0 ? errors[0].Message : "Refused")
{
    public EditRefusedException(UserError error)
        : this([error])
    {
    }

    public IReadOnlyList<UserError> Errors { get; } = errors;
}
