using CareDirectory.Editing;
using GraphQL;

namespace CareDirectory.GraphQL.Editing;

/// <summary>Who is calling, as <see cref="ApiKeyRequestEnricher"/> left it in the operation's user context.</summary>
public static class EditorAccess
{
    public const string UserContextKey = "CareDirectory.ApiKeyCheck";

    /// <summary>The caller's editor identity, or a top-level UNAUTHENTICATED error (missing, invalid, revoked or expired key).</summary>
    public static Editor RequireEditor(IResolveFieldContext context)
    {
        var check = context.UserContext.TryGetValue(UserContextKey, out var value) ? value as ApiKeyCheck : null;
        return check?.Editor ?? throw DirectoryErrors.Error(DirectoryErrors.Unauthenticated, (check ?? ApiKeyCheck.Missing).Failure!);
    }

    /// <summary>An admin editor, or a top-level FORBIDDEN error for other keys.</summary>
    public static Editor RequireAdmin(IResolveFieldContext context)
    {
        var editor = RequireEditor(context);
        return editor.Scope.Kind == ApiKeyScopeKind.Admin
            ? editor
            : throw DirectoryErrors.Error(DirectoryErrors.Forbidden, "Only admin keys may read this.");
    }
}
