"""Locaties in Beheer, through the service on both backends: the rules, the permission, the
site settings (unknown keys kept, the thresholds read by the verzuim scan), the local site
never archived, other sites refused while groups or holidays use them."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from bvmdesk.db.models import AuditEvent, Group, Holiday, Module, Site
from bvmdesk.domain.sites import SiteData
from bvmdesk.services.base import Actor, PermissionDenied, ServiceError, ValidationFailed
from bvmdesk.services.container import Services, sessions_of
from bvmdesk.services.records import InUse
from bvmdesk.services.sites import effective_scanner_prefix
from bvmdesk.services.verzuim_scan import verzuim_rules
from tests.db import support

site_location = support.site_location
services = support.services
admin = support.admin
instructor = support.instructor


def _fields(exc: pytest.ExceptionInfo[ValidationFailed]) -> dict[str, str]:
    return {e.field: e.message for e in exc.value.errors}


def _settings(services: Services, code: str) -> dict[str, object]:
    with sessions_of(services).read() as s:
        return dict(s.scalars(select(Site.settings).where(Site.code == code)).one() or {})


def test_the_local_site_is_listed_and_a_new_one_is_made(services: Services,
                                                        admin: Actor) -> None:
    sites = services.sites
    (own,) = sites.records(admin)
    assert (own.code, own.local, own.archived) == ("ZWL", True, False)
    made = sites.save(admin, None, SiteData(" tbg ", " Terborg ", " Terborg ",
                                            verzuim_minutes=600))
    assert sites.get(admin, made) == SiteData("TBG", "Terborg", "Terborg", 600)
    rows = {r.code: r for r in sites.records(admin)}
    assert rows["TBG"].local is False and rows["TBG"].city == "Terborg"
    with sessions_of(services).read() as s:
        actions = list(s.scalars(select(AuditEvent.action)
                                 .where(AuditEvent.entity_id == str(made))))
    assert actions == ["site.create"]


def test_settings_are_stored_read_by_the_verzuim_scan_and_unknown_keys_kept(
        services: Services, admin: Actor) -> None:
    sites = services.sites
    own = sites.local_site_id()
    assert own is not None
    with sessions_of(services).write("test") as s:
        site = s.get(Site, own)
        assert site is not None
        site.settings = {**(site.settings or {}), "certificaat": {"tekst": "Onze BVM"},
                         "verzuim_weeks": 6}
    data = sites.get(admin, own)
    assert (data.verzuim_minutes, data.verzuim_weeks, data.verzuim_age) == (None, 6, None)
    sites.save(admin, own, SiteData("ZWL", "Zwolle", "Zwolle", verzuim_minutes=720,
                                    verzuim_weeks=None, verzuim_age=16, scanner_prefix="#"))
    stored = _settings(services, "ZWL")
    assert stored["certificaat"] == {"tekst": "Onze BVM"}  # untouched
    assert "verzuim_weeks" not in stored  # back to the default
    assert (stored["verzuim_minutes"], stored["verzuim_age"], stored["scanner_prefix"]) == (
        720, 16, "#")
    rules = verzuim_rules(stored)
    assert (rules.threshold_minutes, rules.window_weeks, rules.age_limit) == (720, 4, 16)
    assert sites.scanner_prefix(admin) == "#"
    # Saving the same again writes nothing new to the audit trail.
    with sessions_of(services).read() as s:
        before = len(s.scalars(select(AuditEvent.sequence)).all())
    sites.save(admin, own, sites.get(admin, own))
    with sessions_of(services).read() as s:
        assert len(s.scalars(select(AuditEvent.sequence)).all()) == before


def test_the_pc_prefix_wins_over_the_site_default() -> None:
    assert effective_scanner_prefix("$", "#") == "$"
    assert effective_scanner_prefix(None, "#") == "#"
    assert effective_scanner_prefix("", None) is None


@pytest.mark.parametrize(("data", "field", "words"), [
    (SiteData("", "Naam"), "code", "Vul de code"),
    (SiteData("ZW-L", "Zwolle"), "code", "letters en cijfers"),
    (SiteData("ABCDEFGHIJK", "Te lang"), "code", "hoogstens 10"),
    (SiteData("KPN", "  "), "name", "Vul de naam"),
    (SiteData("KPN", "Kampen", verzuim_minutes=10), "verzuim_minutes", "tussen 30 en 9600"),
    (SiteData("KPN", "Kampen", verzuim_weeks=60), "verzuim_weeks", "tussen 1 en 52"),
    (SiteData("KPN", "Kampen", verzuim_age=5), "verzuim_age", "tussen 12 en 30"),
    (SiteData("KPN", "Kampen", scanner_prefix="A"), "scanner_prefix", "leesteken"),
    (SiteData("KPN", "Kampen", scanner_prefix=" "), "scanner_prefix", "leesteken"),
    (SiteData("KPN", "Kampen", idle_lock_minutes=241), "idle_lock_minutes",
     "tussen 1 en 240"),
    (SiteData("KPN", "Kampen", idle_lock_minutes=-5), "idle_lock_minutes", "tussen 1 en 240"),
])
def test_refusals_change_nothing(services: Services, admin: Actor, data: SiteData,
                                 field: str, words: str) -> None:
    with pytest.raises(ValidationFailed) as refused:
        services.sites.save(admin, None, data)
    assert words in _fields(refused)[field]
    assert [r.code for r in services.sites.records(admin, include_archived=True)] == ["ZWL"]


def test_a_taken_code_and_a_changed_code_are_refused(services: Services, admin: Actor) -> None:
    sites = services.sites
    with pytest.raises(ValidationFailed) as refused:
        sites.save(admin, None, SiteData("zwl", "Nog een Zwolle"))
    assert "al in gebruik" in _fields(refused)["code"]
    own = sites.local_site_id()
    assert own is not None
    with pytest.raises(ValidationFailed) as refused:
        sites.save(admin, own, SiteData("ZWO", "Zwolle"))
    assert "blijft ZWL" in _fields(refused)["code"]
    assert sites.get(admin, own).code == "ZWL"


def test_the_local_site_is_never_archived(services: Services, admin: Actor) -> None:
    own = services.sites.local_site_id()
    assert own is not None
    with pytest.raises(ServiceError, match="Locatie ZWL is de locatie van deze installatie "
                                           "en kan niet worden gearchiveerd"):
        services.sites.archive(admin, own)
    assert [r.archived for r in services.sites.records(admin)] == [False]


def test_another_site_is_refused_while_groups_or_holidays_use_it(services: Services,
                                                                 admin: Actor) -> None:
    sites = services.sites
    tbg = sites.save(admin, None, SiteData("TBG", "Terborg"))
    with sessions_of(services).write("test") as s:
        module = Module(code="M1", name="Lassen", planned_hours=40)
        s.add(module)
        s.flush()
        group = Group(code="G1", name="Lassen Terborg", module_id=module.id, location_id=tbg,
                      start_date=date(2026, 9, 1))
        s.add_all([group, Holiday(location_id=tbg, first_day=date(2026, 10, 19),
                                  last_day=date(2026, 10, 23), name="Herfstvakantie")])
    with pytest.raises(InUse, match="Locatie TBG is nog in gebruik bij 1 groep en 1 "
                                    "vakantie\\. Archiveer of wijzig die eerst"):
        sites.archive(admin, tbg)
    assert {r.code: r.groups for r in sites.records(admin)}["TBG"] == 1
    with sessions_of(services).write("test") as s:
        for model in (Group, Holiday):
            for row in s.scalars(select(model)):
                row.deleted_at = sessions_of(services).now()
    sites.archive(admin, tbg)
    assert [r.code for r in sites.records(admin)] == ["ZWL"]
    assert [(r.code, r.archived) for r in sites.records(admin, include_archived=True)] == [
        ("TBG", True), ("ZWL", False)]
    sites.restore(admin, tbg)
    assert [r.code for r in sites.records(admin)] == ["TBG", "ZWL"]


def test_instructors_may_not_change_sites(services: Services, admin: Actor,
                                          instructor: Actor) -> None:
    with pytest.raises(PermissionDenied):
        services.sites.save(instructor, None, SiteData("TBG", "Terborg"))
    own = services.sites.local_site_id()
    assert own is not None
    with pytest.raises(PermissionDenied):
        services.sites.archive(instructor, own)
    assert [r.code for r in services.sites.records(instructor)] == ["ZWL"]


def test_the_idle_lock_is_a_site_setting_with_a_default_of_ten_minutes(
        services: Services, admin: Actor, instructor: Actor) -> None:
    sites = services.sites
    own = sites.local_site_id()
    assert own is not None
    assert sites.idle_lock_minutes(instructor) == 10  # nothing set: the default
    assert sites.get(admin, own).idle_lock_minutes is None
    sites.save(admin, own, SiteData("ZWL", "Zwolle", idle_lock_minutes=3))
    assert _settings(services, "ZWL")["idle_lock_minutes"] == 3
    assert sites.get(admin, own).idle_lock_minutes == 3
    assert sites.idle_lock_minutes(instructor) == 3  # every user of the site's PCs reads it
    # Another site's setting is not this installation's.
    sites.save(admin, None, SiteData("TBG", "Terborg", idle_lock_minutes=60))
    assert sites.idle_lock_minutes(admin) == 3
    # Empty (0 from the form, or None) is the default again; the key goes.
    sites.save(admin, own, SiteData("ZWL", "Zwolle", idle_lock_minutes=0))
    assert "idle_lock_minutes" not in _settings(services, "ZWL")
    assert sites.idle_lock_minutes(admin) == 10
    with pytest.raises(ValidationFailed):
        sites.save(admin, own, SiteData("ZWL", "Zwolle", idle_lock_minutes=500))
    assert sites.idle_lock_minutes(admin) == 10


@pytest.mark.parametrize("stored", ["vijf", 0, 241, True, 12.5])
def test_an_unusable_stored_idle_lock_means_the_default(services: Services, admin: Actor,
                                                        stored: object) -> None:
    own = services.sites.local_site_id()
    assert own is not None
    with sessions_of(services).write("test") as s:
        site = s.get(Site, own)
        assert site is not None
        site.settings = {**(site.settings or {}), "idle_lock_minutes": stored}
    assert services.sites.idle_lock_minutes(admin) == 10
    assert services.sites.get(admin, own).idle_lock_minutes is None
