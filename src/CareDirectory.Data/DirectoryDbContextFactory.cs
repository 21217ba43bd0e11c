using Microsoft.EntityFrameworkCore;

namespace CareDirectory.Data;

/// <summary>Lets code ask for the provider-neutral context while each provider keeps its own context type.</summary>
internal sealed class DirectoryDbContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<DirectoryDbContext>
    where TContext : DirectoryDbContext
{
    public DirectoryDbContext CreateDbContext() => inner.CreateDbContext();
}
