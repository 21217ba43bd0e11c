using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareDirectory.Data.Migrations.Postgres
{
    /// <summary>
    /// Every statement that appends to the change log notifies channel <c>caredirectory_change_log</c>. PostgreSQL
    /// delivers a notification when its transaction commits (never for a rollback) and folds repeats within one
    /// transaction, so each listening process hears of each commit once and looks at the change log at once instead
    /// of at its next poll (<c>ChangeFeed/PostgresChangeListener</c>): a write through one replica reaches the
    /// subscribers of every other within milliseconds. The payload is empty: the change log stays the only source.
    /// </summary>
    [DbContext(typeof(PostgresDirectoryDbContext))]
    [Migration("20261207020000_ChangeLogNotify")]
    public partial class ChangeLogNotify : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION change_log_notify() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_notify('caredirectory_change_log', '');
                    RETURN NULL;
                END
                $$;
                CREATE TRIGGER change_log_notify AFTER INSERT ON "ChangeLog" FOR EACH STATEMENT EXECUTE FUNCTION change_log_notify();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER change_log_notify ON "ChangeLog";
                DROP FUNCTION change_log_notify();
                """);
        }
    }
}
