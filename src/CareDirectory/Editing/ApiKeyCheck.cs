namespace CareDirectory.Editing;

/// <summary>The outcome of checking an <c>Authorization</c> header: an editor, or why there is none.</summary>
public sealed record ApiKeyCheck(Editor? Editor, string? Failure)
{
    public static readonly ApiKeyCheck Missing = new(null, "This operation needs an API key: send 'Authorization: Bearer <key>'.");

    public static ApiKeyCheck Valid(Editor editor) => new(editor, null);

    public static ApiKeyCheck Invalid(string failure) => new(null, failure);
}
