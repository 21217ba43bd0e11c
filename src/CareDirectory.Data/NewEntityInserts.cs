using System.Collections.Concurrent;
using System.Data.Common;
using CareDirectory.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CareDirectory.Data;

/// <summary>
/// Inserts records that do not exist yet, with their owned rows, many-to-many links and change-log entries, in the
/// context's current transaction, without tracking them. Tables, columns, value converters and JSON columns come from
/// the EF Core model (<see cref="TableInsert"/>), so the rows are the rows SaveChanges writes, in the same order: each
/// record's own table first, then its dependents, then one <see cref="ChangeKind.Created"/> entry per record in the
/// order the records were added. Why not SaveChanges: EF Core's SQLite provider sends every row as its own command
/// with SQL text SQLite parses again each time; here each table has one prepared command (on PostgreSQL, one batch
/// per thousand rows). A bulk import spent most of its single-threaded write phase there. The commands go straight to
/// the connection: EF Core's command interceptors and logging do not see them (none of the product's needs to).
/// </summary>
public sealed class NewEntityInserts(DirectoryDbContext db)
{
    /// <summary>Rows sent in one <see cref="DbBatch"/> where the provider has batches: bounds a batch's memory.</summary>
    private const int RowsPerBatch = 1000;

    private static readonly ConcurrentDictionary<(IModel Model, Type Type), RecordInsert> Plans = new();

    private readonly List<Entity> _records = [];

    public int Count => _records.Count;

    /// <summary>Queues a new record; it is written by <see cref="SaveAsync"/>, after the records added before it.</summary>
    public void Add(Entity record) => _records.Add(record);

    /// <summary>Writes the queued records in the context's current transaction (which the caller commits).</summary>
    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        if (_records.Count == 0)
        {
            return;
        }

        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException($"{nameof(NewEntityInserts)} writes in the context's transaction: begin one first");
        var rows = new Dictionary<TableInsert, List<object?[]>>();
        foreach (var record in _records)
        {
            var plan = PlanOf(record.GetType());
            RowsOf(rows, plan.Own).Add(plan.Own.Row(record, record));
            foreach (var (table, items) in plan.Dependents)
            {
                var tableRows = RowsOf(rows, table);
                tableRows.AddRange(items(record).Select(item => table.Row(item, record)));
            }
        }

        var changeLog = PlanOf(typeof(ChangeLogEntry)).Own;
        var entries = RowsOf(rows, changeLog);
        entries.AddRange(_records.Select(r => DirectoryDbContext.ChangeLogEntryOf(r, ChangeKind.Created)).Select(e => changeLog.Row(e, e)));

        // A dictionary enumerates in insertion order while nothing is removed: tables in the order first needed.
        foreach (var (table, tableRows) in rows)
        {
            await WriteAsync(transaction, table, tableRows, cancellationToken);
        }

        _records.Clear();
    }

    private static List<object?[]> RowsOf(Dictionary<TableInsert, List<object?[]>> rows, TableInsert table)
    {
        if (!rows.TryGetValue(table, out var list))
        {
            rows[table] = list = [];
        }

        return list;
    }

    private RecordInsert PlanOf(Type type) =>
        Plans.GetOrAdd((db.Model, type), static (key, sql) => RecordInsert.For(key.Model.FindEntityType(key.Type)!, sql), db.GetService<ISqlGenerationHelper>());

    private static async Task WriteAsync(DbTransaction transaction, TableInsert table, List<object?[]> rows, CancellationToken cancellationToken)
    {
        var connection = transaction.Connection!;
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        if (connection.CanCreateBatch)
        {
            // PostgreSQL: a round trip per row would cost more than the rows; a batch is one.
            foreach (var chunk in rows.Chunk(RowsPerBatch))
            {
                await using var batch = connection.CreateBatch();
                batch.Transaction = transaction;
                foreach (var row in chunk)
                {
                    var batchCommand = batch.CreateBatchCommand();
                    batchCommand.CommandText = table.Sql;
                    for (var i = 0; i < row.Length; i++)
                    {
                        batchCommand.Parameters.Add(Parameter(command, table, i, row[i]));
                    }

                    batch.BatchCommands.Add(batchCommand);
                }

                await batch.ExecuteNonQueryAsync(cancellationToken);
            }

            return;
        }

        // SQLite: one statement, parsed once, bound again for each row.
        command.CommandText = table.Sql;
        var parameters = new DbParameter[table.Columns.Count];
        for (var i = 0; i < parameters.Length; i++)
        {
            command.Parameters.Add(parameters[i] = Parameter(command, table, i, null));
        }

        await command.PrepareAsync(cancellationToken);
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                parameters[i].Value = row[i] ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>
    /// A parameter configured by the column's type mapping (provider type, size), holding a value already converted
    /// for the provider (so the mapping's converter must not run again).
    /// </summary>
    private static DbParameter Parameter(DbCommand command, TableInsert table, int column, object? providerValue)
    {
        var insertColumn = table.Columns[column];
        var parameter = insertColumn.Mapping.CreateParameter(command, table.ParameterNames[column], null, insertColumn.Nullable);
        parameter.Value = providerValue ?? DBNull.Value;
        return parameter;
    }

    /// <summary>A record type's inserts: its own table, then each owned collection's table and each many-to-many's join table with their items.</summary>
    private sealed record RecordInsert(TableInsert Own, IReadOnlyList<(TableInsert Table, Func<object, IEnumerable<object>> Items)> Dependents)
    {
        public static RecordInsert For(IEntityType type, ISqlGenerationHelper sql)
        {
            var dependents = new List<(TableInsert, Func<object, IEnumerable<object>>)>();
            foreach (var navigation in type.GetNavigations().Where(n => n.ForeignKey.IsOwnership && !n.IsOnDependent && !n.TargetEntityType.IsMappedToJson()))
            {
                dependents.Add((TableInsert.ForDependent(navigation.TargetEntityType, type, sql), Items(navigation.GetGetter(), navigation.IsCollection)));
            }

            foreach (var skip in type.GetSkipNavigations())
            {
                dependents.Add((TableInsert.ForDependent(skip.JoinEntityType, type, sql), Items(skip.GetGetter(), skip.IsCollection)));
            }

            return new RecordInsert(TableInsert.ForEntity(type, sql), dependents);
        }

        private static Func<object, IEnumerable<object>> Items(IClrPropertyGetter getter, bool collection) => owner => getter.GetClrValue(owner) switch
        {
            null => [],
            System.Collections.IEnumerable items when collection => items.Cast<object>(),
            var item => [item],
        };
    }
}
