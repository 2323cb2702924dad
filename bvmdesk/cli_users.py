"""The command line for accounts (issue 16), on the same services as Beheer > Gebruikers:

    bvmdesk user add NAME --role admin|instructor [--display-name N] [--password-stdin]
                          [--temporary] [--json]
    bvmdesk user list [--json]
    bvmdesk user passwd NAME [--password-stdin] [--temporary] [--json]
    bvmdesk user disable|enable|unlock NAME [--json]

`--temporary`: the person must choose a new password at the next login (a reset); without
it the password given here is the one they keep. The command line is an administrator
without a login (DESIGN.md). An unknown user is exit 1 with "Gebruiker X bestaat niet.";
the last active administrator cannot be disabled.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bvmdesk.services.users import UserInfo

Handler = Callable[[argparse.Namespace], int]
_TEMPORARY_HELP = ("tijdelijk wachtwoord: de gebruiker kiest bij de volgende keer inloggen "
                   "een eigen wachtwoord")


def register(subparsers: Any) -> dict[str, Handler]:
    """Add `user` to `bvmdesk`'s subparsers; returns its handler."""
    from bvmdesk.cli import _PASSWORD_HELP, JSON_HELP
    from bvmdesk.cli_args import Parser

    user = subparsers.add_parser("user", help="gebruikers")
    usub = user.add_subparsers(dest="action", required=True, metavar="ACTIE",
                               parser_class=Parser, help="wat u met gebruikers doet")
    uadd = usub.add_parser("add", help="een gebruiker toevoegen")
    uadd.add_argument("name", metavar="GEBRUIKERSNAAM", help="de naam om mee in te loggen")
    uadd.add_argument("--role", choices=["admin", "instructor"], required=True,
                      help="admin (beheerder) of instructor (instructeur)")
    uadd.add_argument("--display-name", metavar="NAAM", help="de naam zoals het scherm hem toont")
    uadd.add_argument("--password-stdin", action="store_true", help=_PASSWORD_HELP)
    uadd.add_argument("--temporary", action="store_true", help=_TEMPORARY_HELP)
    uadd.add_argument("--json", action="store_true", help=JSON_HELP)
    ulist = usub.add_parser("list", help="alle gebruikers, met hun status")
    ulist.add_argument("--json", action="store_true", help=JSON_HELP)
    upass = usub.add_parser("passwd", help="het wachtwoord van een gebruiker instellen "
                            "(heft een blokkade op)")
    upass.add_argument("name", metavar="GEBRUIKERSNAAM", help="wiens wachtwoord")
    upass.add_argument("--password-stdin", action="store_true", help=_PASSWORD_HELP)
    upass.add_argument("--temporary", action="store_true", help=_TEMPORARY_HELP)
    upass.add_argument("--json", action="store_true", help=JSON_HELP)
    for action, text in (("disable", "een gebruiker uitschakelen (kan niet meer inloggen)"),
                         ("enable", "een uitgeschakelde gebruiker weer inschakelen"),
                         ("unlock", "een blokkade na te veel mislukte pogingen opheffen")):
        sub = usub.add_parser(action, help=text)
        sub.add_argument("name", metavar="GEBRUIKERSNAAM", help="welke gebruiker")
        sub.add_argument("--json", action="store_true", help=JSON_HELP)
    return {"user": _cmd_user}


def user_json(info: UserInfo) -> dict[str, Any]:
    """One user in `user list --json` (exactly these five keys, issue 16)."""
    return {"username": info.username, "display_name": info.display_name,
            "role": info.role.value, "active": info.active, "locked": info.locked}


def status_text(info: UserInfo) -> str:
    """actief, uitgeschakeld or "geblokkeerd tot 14:32" (local time); a reset password
    adds "moet wachtwoord wijzigen"."""
    from bvmdesk.domain.clock import to_local

    if not info.active:
        status = "uitgeschakeld"
    elif info.locked and info.locked_until is not None:
        status = f"geblokkeerd tot {to_local(info.locked_until):%H:%M}"
    else:
        status = "actief"
    if info.must_change_password:
        status += ", moet wachtwoord wijzigen"
    return status


def _cmd_user(args: argparse.Namespace) -> int:
    from bvmdesk.cli import _open

    services = _open(args)
    try:
        action = {"add": _add, "list": _list, "passwd": _passwd, "disable": _active,
                  "enable": _active, "unlock": _unlock}[args.action]
        return action(args, services)
    finally:
        services.close()


def _add(args: argparse.Namespace, services: Any) -> int:
    from bvmdesk.cli import EXIT_OK, _emit, read_password
    from bvmdesk.domain.enums import Role
    from bvmdesk.services.base import Actor

    password = read_password(args.password_stdin)
    info = services.accounts.add_user(Actor.cli(), args.name, Role(args.role), password,
                                      args.display_name, temporary=args.temporary)
    payload: dict[str, Any] = {"user": {"username": info.username, "role": info.role.value}}
    text = f"Gebruiker {info.username} ({info.role.value}) toegevoegd."
    if args.temporary:
        payload["user"]["must_change_password"] = True
        text += " Bij de eerste keer inloggen kiest hij of zij een eigen wachtwoord."
    _emit(args, payload, text)
    return EXIT_OK


def _list(args: argparse.Namespace, services: Any) -> int:
    from bvmdesk.cli import EXIT_OK, _emit
    from bvmdesk.services.base import Actor

    users = services.accounts.list_users(Actor.cli())
    _emit(args, {"users": [user_json(u) for u in users]},
          "\n".join(f"{u.username:<20} {u.role.value:<12} {status_text(u)}" for u in users)
          or "Geen gebruikers.")
    return EXIT_OK


def _passwd(args: argparse.Namespace, services: Any) -> int:
    from bvmdesk.cli import EXIT_OK, _emit, read_password
    from bvmdesk.services.base import Actor

    actor = Actor.cli()
    services.accounts.get_user(actor, args.name)  # an unknown name before the password
    password = read_password(args.password_stdin)
    if args.temporary:
        info = services.accounts.reset_password(actor, args.name, password)
        text = (f"Tijdelijk wachtwoord van {info.username} ingesteld; bij de volgende keer "
                "inloggen kiest hij of zij een eigen wachtwoord.")
    else:
        info = services.accounts.set_password(actor, args.name, password)
        text = f"Wachtwoord van {info.username} ingesteld."
    _emit(args, {"user": {**user_json(info),
                          "must_change_password": info.must_change_password}}, text)
    return EXIT_OK


def _active(args: argparse.Namespace, services: Any) -> int:
    from bvmdesk.cli import EXIT_OK, _emit
    from bvmdesk.services.base import Actor

    info = services.accounts.set_active(Actor.cli(), args.name, args.action == "enable")
    done = "ingeschakeld" if info.active else "uitgeschakeld"
    _emit(args, {"user": user_json(info)}, f"Gebruiker {info.username} is {done}.")
    return EXIT_OK


def _unlock(args: argparse.Namespace, services: Any) -> int:
    from bvmdesk.cli import EXIT_OK, _emit
    from bvmdesk.services.base import Actor

    actor = Actor.cli()
    was_locked = services.accounts.unlock(actor, args.name)
    info = services.accounts.get_user(actor, args.name)
    text = (f"Gebruiker {info.username} is ontgrendeld." if was_locked else
            f"Gebruiker {info.username} was niet geblokkeerd; er is niets te ontgrendelen.")
    _emit(args, {"user": user_json(info), "was_locked": was_locked}, text)
    return EXIT_OK
