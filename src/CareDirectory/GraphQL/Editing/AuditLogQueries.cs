using CareDirectory.Domain;
using CareDirectory.GraphQL.Listing;
using CareDirectory.GraphQL.Relay;
using GraphQL;
using GraphQL.Types;

namespace CareDirectory.GraphQL.Editing;

/// <summary><c>Query.auditLog</c>: every editor write, for admin keys only.</summary>
public static class AuditLogQueries
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ConnectionType<AuditEntryType>>>("auditLog")
            .Description("Every editor write, oldest first by default. Admin API keys only: others get UNAUTHENTICATED or FORBIDDEN.")
            .Arguments(ListRequest<AuditEntry>.Arguments<AuditEntryFilterInputType, AuditEntrySortInputType>(
                new QueryArgument<StringGraphType> { Name = "keyId", Description = "Only writes by this API key id." }))
            .ResolveAsync(async c =>
            {
                EditorAccess.RequireAdmin(c);
                var keyId = c.GetArgument<string?>("keyId") is { } text
                    ? Guid.TryParse(text, out var parsed) ? parsed : throw DirectoryErrors.Error(DirectoryErrors.InvalidArgument, $"keyId: '{text}' is not a key id.")
                    : (Guid?)null;
                return await ConnectionQueries.PageAsync(c, AuditEntryListing.Definition, db =>
                    keyId is { } key ? db.AuditLog.Where(e => e.KeyId == key) : db.AuditLog);
            });
}
