#!/usr/bin/env python3
"""Checks `plan calendar` output with a real iCalendar parser (icalendar from PyPI).

Usage: scripts/check-calendar.py CALENDAR.ics PLAN.yaml

Parses the file, checks its form (CRLF, lines of at most 75 octets, whole UTF-8 sequences, one
UID per event, all-day dates, DTEND the day after) and, independently of the Swift code, the dates
of the plan's 2024 deadlines and 2024 recurring obligations, read from the plan's own planning
phrases. Also checks that owners are named by display name, never by a registry slug.
Needs: pip install icalendar pyyaml. Exit 0 when every check passes.
"""
import datetime
import re
import sys

import icalendar
import yaml

calendar_path, plan_path = sys.argv[1], sys.argv[2]
failures = 0


def check(ok, what):
    global failures
    print(('  ok    ' if ok else '  FAIL  ') + what)
    if not ok:
        failures += 1


raw = open(calendar_path, 'rb').read()
print(f'{calendar_path}:')
body = raw.split(b'\r\n')
check(raw.endswith(b'\r\n') and b'\n' not in raw.replace(b'\r\n', b''), 'every line ends with CRLF')
check(all(len(line) <= 75 for line in body), 'no line longer than 75 octets')
try:
    for line in body:
        line.decode('utf-8')
    whole = True
except UnicodeDecodeError:
    whole = False
check(whole, 'folding never splits a UTF-8 sequence (each line decodes on its own)')

calendar = icalendar.Calendar.from_ical(raw)
events = list(calendar.walk('VEVENT'))
check(str(calendar.get('VERSION')) == '2.0' and calendar.get('PRODID') is not None, 'VCALENDAR with VERSION 2.0 and PRODID')
check(len(events) > 0, f'{len(events)} events parsed')
uids = [str(e.get('UID')) for e in events]
check(len(uids) == len(set(uids)), 'every UID is unique')
all_day = all(type(e.decoded('DTSTART')) is datetime.date for e in events)
check(all_day, 'every event is all-day (DTSTART is a DATE)')
check(all(e.decoded('DTEND') - e.decoded('DTSTART') == datetime.timedelta(days=1) for e in events), 'DTEND is the day after DTSTART')
check(all(e.get('DTSTAMP') is not None for e in events), 'every event has a DTSTAMP')
by_uid = {str(e.get('UID')): e for e in events}

# The plan, every scalar as text (so the id 2.10 stays "2.10").
plan = yaml.load(open(plan_path, encoding='utf-8-sig'), Loader=yaml.BaseLoader)
plan_id = plan['plan']['id']
organisations = plan.get('organisations', {})
slugs = {key for key in organisations if '-' in key or key == key.lower()}
display = {key: (entry.get('short') or (key if key not in slugs else entry['name'])) for key, entry in organisations.items()}

QUARTER_END = {1: (3, 31), 2: (6, 30), 3: (9, 30), 4: (12, 31)}


def deadline_2024(text):
    """The due date of a one-off planning phrase in 2024, read independently of the Swift grammar."""
    text = text.strip().lower()
    if re.fullmatch(r'(in )?2024', text):
        return datetime.date(2024, 12, 31)
    m = re.fullmatch(r'(?:q([1-4])|([1-4])e kwartaal(?: van)?) 2024', text)
    if m:
        month, day = QUARTER_END[int(m.group(1) or m.group(2))]
        return datetime.date(2024, month, day)
    m = re.fullmatch(r'(?:h([12])|([12])e helft(?: van)?) 2024', text)
    if m:
        return datetime.date(2024, 6, 30) if (m.group(1) or m.group(2)) == '1' else datetime.date(2024, 12, 31)
    return None


def recurring_2024(text):
    text = text.strip().lower()
    if 'najaar' in text:
        return datetime.date(2024, 11, 30)
    if text.startswith('jaarlijks') or re.match(r'minimaal \d+ ?x per jaar', text):
        return datetime.date(2024, 12, 31)
    return None


actions = []
for theme in plan['themes']:
    actions += theme.get('actions', [])
    for activity in theme.get('activities', []):
        actions += activity.get('actions', [])

print(f'2024 in {plan_id}, dates from the planning phrases in {plan_path}:')
deadlines = recurring = 0
for action in actions:
    planning = action.get('planning')
    if not isinstance(planning, str):
        continue
    action_id = action['id']
    due = deadline_2024(planning)
    if due:
        deadlines += 1
        event = by_uid.get(f'{plan_id}/{action_id}/deadline@actionplan.calendar')
        got = event.decoded('DTSTART') if event else None
        check(got == due, f'deadline {action_id} "{planning}": {got} == {due}')
        if event:
            check(str(event.get('SUMMARY')).startswith(f'{action_id} '), f'deadline {action_id}: SUMMARY starts with the id')
    due = recurring_2024(planning)
    if due:
        recurring += 1
        event = by_uid.get(f'{plan_id}/{action_id}/2024@actionplan.calendar')
        got = event.decoded('DTSTART') if event else None
        check(got == due, f'recurring {action_id} "{planning}" in 2024: {got} == {due}')
    if due or deadline_2024(planning):
        event = by_uid.get(f'{plan_id}/{action_id}/deadline@actionplan.calendar') or by_uid.get(f'{plan_id}/{action_id}/2024@actionplan.calendar')
        owners = action.get('owners', [])
        lead = owners[0] if owners and isinstance(owners[0], str) else None
        if event and lead in display:
            description = str(event.get('DESCRIPTION'))
            check(display[lead] in description and planning in description,
                  f'{action_id}: DESCRIPTION names the lead as "{display[lead]}" and gives the planning')
check(deadlines >= 5, f'{deadlines} deadlines in 2024 found in the plan')
check(recurring >= 5, f'{recurring} recurring obligations in 2024 found in the plan')
texts = ' '.join(str(e.get('DESCRIPTION')) + ' ' + str(e.get('SUMMARY')) for e in events)
named = sorted(s for s in slugs if re.search(r'(?:^|[:,] )' + re.escape(s) + r'(?: \(|,|$|\n)', texts, re.M))
check(not named, f'no registry slug named as an owner (found: {named})')
sys.exit(1 if failures else 0)
