// Everyone's weekly UTC availability for one instance: one timeline per distinct zone, one
// set of week classes per zone, and one schedule per distinct (zone, windows) signature.
import type { NormalizedInstance, NormalizedPerson } from './validate-instance';
import {
  type CohortWeeks,
  type PersonSchedule,
  type ZoneSchedule,
  buildPersonSchedule,
  buildZoneSchedule,
  timelineSpan,
} from './weekly-overlap';
import { buildZoneTimeline } from './zone-timeline';

export type AvailabilityModel = {
  weeks: CohortWeeks;
  zoneNames: string[];
  zones: ZoneSchedule[];
  mentorZone: Int32Array;
  menteeZone: Int32Array;
  mentors: PersonSchedule[];
  mentees: PersonSchedule[];
};

export function buildAvailabilityModel(instance: NormalizedInstance): AvailabilityModel {
  const weeks = instance.cohort.weeks;
  const span = timelineSpan(weeks);
  const zoneNames: string[] = [];
  const zones: ZoneSchedule[] = [];
  const zoneIndex = new Map<string, number>();
  const schedules = new Map<string, PersonSchedule>();

  const zoneOf = (name: string): number => {
    let index = zoneIndex.get(name);
    if (index === undefined) {
      index = zones.length;
      zoneIndex.set(name, index);
      zoneNames.push(name);
      zones.push(buildZoneSchedule(buildZoneTimeline(name, span.from, span.to), weeks));
    }
    return index;
  };
  const scheduleOf = (person: NormalizedPerson, zone: number): PersonSchedule => {
    let signature = `${zone}|`;
    for (const w of person.windows) {
      signature += `${w.day},${w.start},${w.end};`;
    }
    let schedule = schedules.get(signature);
    if (schedule === undefined) {
      schedule = buildPersonSchedule(zones[zone], person.windows, weeks);
      schedules.set(signature, schedule);
    }
    return schedule;
  };

  const mentorZone = Int32Array.from(instance.mentors, (mentor) => zoneOf(mentor.zone));
  const menteeZone = Int32Array.from(instance.mentees, (mentee) => zoneOf(mentee.zone));
  return {
    weeks,
    zoneNames,
    zones,
    mentorZone,
    menteeZone,
    mentors: instance.mentors.map((mentor, i) => scheduleOf(mentor, mentorZone[i])),
    mentees: instance.mentees.map((mentee, i) => scheduleOf(mentee, menteeZone[i])),
  };
}
