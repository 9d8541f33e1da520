using System.CommandLine;
using DiplomacyPortal.Data;
using DiplomacyPortal.Data.Accounts;
using DiplomacyPortal.Data.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyPortal.Cli.Commands;

/// <summary>
/// `users`: the accounts of people who sign in to the portal. There is no default password anywhere: the
/// first admin is made here, with a password typed at a prompt or given on standard input.
/// </summary>
public static class UsersCommand
{
    public static Command Create(CliConsole console, Option<FileInfo?> database)
    {
        var name = new Argument<string>("NAME") { Description = "The account's name." };
        var role = new Option<string>("--role") { HelpName = "KIND", Description = "The kind of account.", DefaultValueFactory = _ => "editor" };
        role.AcceptOnlyFromAmong([.. PortalRoles.Names]);
        var add = new Command("add", "Create an account; the password (at least 10 characters) is asked for, or read from standard input.") { name, role };
        add.SetAction((result, cancellationToken) => WithAccountsAsync(result.DatabaseFile(database), async (accounts, _) =>
        {
            var password = ReadPassword(console);
            if (string.IsNullOrEmpty(password))
            {
                console.Error.WriteLine("users: no password given; type it at the prompt or pipe it on standard input.");
                return 2;
            }

            var (userName, kind) = (result.GetRequiredValue(name), result.GetRequiredValue(role));
            return Report(await accounts.AddAsync(userName, password, PortalRoles.KindNamed(kind)!.Value), $"Account {userName} created ({kind}).", console);
        }, cancellationToken));

        var accountName = new Argument<string>("NAME") { Description = "The account's name." };
        var kindArgument = new Argument<string>("KIND") { Description = "The account's new kind." };
        kindArgument.AcceptOnlyFromAmong([.. PortalRoles.Names]);
        var setRole = new Command("role", "Make an account a reader, an editor or an admin; its sessions end.") { accountName, kindArgument };
        setRole.SetAction((result, cancellationToken) => WithAccountsAsync(result.DatabaseFile(database), async (accounts, users) =>
        {
            var userName = result.GetRequiredValue(accountName);
            if (await users.FindByNameAsync(userName) is not { } user)
            {
                console.Error.WriteLine($"users: there is no account named {userName}.");
                return 1;
            }

            var kind = result.GetRequiredValue(kindArgument);
            return Report(await accounts.SetKindAsync(user, PortalRoles.KindNamed(kind)!.Value), $"Account {userName} is now {kind}.", console);
        }, cancellationToken));

        var list = new Command("list", "The accounts, their kinds and whether they are locked out.");
        list.SetAction((result, cancellationToken) => WithAccountsAsync(result.DatabaseFile(database), async (accounts, _) =>
        {
            foreach (var account in await accounts.ListAsync())
            {
                console.Output.WriteLine($"{account.UserName,-24} {PortalRoles.NameOf(account.Kind),-7} {(account.IsLockedOut ? "locked out" : string.Empty)}".TrimEnd());
            }

            return 0;
        }, cancellationToken));

        return new Command("users", "The accounts of the people who sign in to the portal; there is no default password anywhere.") { add, setRole, list };
    }

    private static async Task<int> WithAccountsAsync(string? database, Func<AccountService, UserManager<IdentityUser>, Task<int>> work, CancellationToken cancellationToken)
    {
        await using var store = await StoreSession.OpenAsync(database, cancellationToken);
        await using var scope = store.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AccountService>(), scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>());
    }

    private static int Report(IReadOnlyList<string> errors, string success, CliConsole console)
    {
        var (output, error) = (console.Output, console.Error);
        foreach (var message in errors)
        {
            error.WriteLine("users: " + message);
        }

        if (errors.Count == 0)
        {
            output.WriteLine(success);
        }

        return errors.Count == 0 ? 0 : 1;
    }

    /// <summary>From a prompt that does not echo (asked twice), or the first line of piped standard input.</summary>
    private static string? ReadPassword(CliConsole console)
    {
        var output = console.Output;
        if (!console.InputIsTerminal)
        {
            return console.Input.ReadLine();
        }

        output.Write("Password: ");
        output.Flush();
        var first = ReadHidden();
        output.Write("Again: ");
        output.Flush();
        var second = ReadHidden();
        if (first != second)
        {
            output.WriteLine("The two passwords differ.");
            return null;
        }

        return first;
    }

    private static string ReadHidden()
    {
        var password = new System.Text.StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                Console.WriteLine();
                return password.ToString();
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (password.Length > 0)
                {
                    password.Length--;
                }
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }
    }
}
