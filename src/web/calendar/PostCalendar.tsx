import type { DatesSetArg, EventContentArg, EventDropArg, EventInput } from '@fullcalendar/core';
import dayGridPlugin from '@fullcalendar/daygrid';
import interactionPlugin, { type DateClickArg } from '@fullcalendar/interaction';
import listPlugin from '@fullcalendar/list';
import luxonPlugin from '@fullcalendar/luxon3';
import FullCalendar from '@fullcalendar/react';
import timeGridPlugin from '@fullcalendar/timegrid';
import { DateTime } from 'luxon';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Network } from '../api/types.ts';
import { isLocale } from '../i18n/languages.ts';
import type { Post } from '../posts/types.ts';
import { calendarLocales } from './calendar-locale.ts';
import classes from './PostCalendar.module.css';
import { PostEvent } from './PostEvent.tsx';

export type CalendarView = 'month' | 'week' | 'list';

export const fullCalendarViews: Record<CalendarView, string> = { month: 'dayGridMonth', week: 'timeGridWeek', list: 'listMonth' };

export function isCalendarView(value: string | null): value is CalendarView {
  return value === 'month' || value === 'week' || value === 'list';
}

export interface VisibleRange {
  view: CalendarView;
  /** The first visible day, YYYY-MM-DD in the display zone. */
  date: string;
  from: string;
  to: string;
}

interface Props {
  posts: Post[];
  zone: string;
  view: CalendarView;
  date: string | undefined;
  networks: Network[] | undefined;
  mayMove(post: Post): boolean;
  onRangeChange(range: VisibleRange): void;
  onOpen(post: Post): void;
  onMove(post: Post, to: Date, revert: () => void): void;
  /** An empty time was picked: a timed slot, or a whole day (then 09:00 that day in the zone). */
  onPickSlot(at: string): void;
}

const viewOf = (type: string): CalendarView => (type === fullCalendarViews.week ? 'week' : type === fullCalendarViews.list ? 'list' : 'month');

const postOf = (extendedProps: Record<string, unknown>) => extendedProps['post'] as Post;

/** Month, week and list views of the workspace's posts, in the chosen zone and the reader's language. */
export function PostCalendar({ posts, zone, view, date, networks, mayMove, onRangeChange, onOpen, onMove, onPickSlot }: Props) {
  const { t, i18n } = useTranslation();
  const locale = calendarLocales[isLocale(i18n.language) ? i18n.language : 'en'];

  const events = useMemo<EventInput[]>(
    () =>
      posts.flatMap((p) =>
        p.schedule ? [{ id: p.id, start: p.schedule.at, title: p.text, startEditable: mayMove(p), durationEditable: false, extendedProps: { post: p } }] : [],
      ),
    [posts, mayMove],
  );

  return (
    <div className={classes.calendar}>
      <FullCalendar
        plugins={[dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin, luxonPlugin]}
        initialView={fullCalendarViews[view]}
        initialDate={date}
        timeZone={zone}
        locale={locale}
        headerToolbar={{ left: 'prev,next today', center: 'title', right: 'dayGridMonth,timeGridWeek,listMonth' }}
        buttonText={{ today: t('calendar.today'), month: t('calendar.month'), week: t('calendar.week'), list: t('calendar.list') }}
        buttonHints={{ prev: t('calendar.previous'), next: t('calendar.next') }}
        height="auto"
        views={{ timeGridWeek: { height: 720 } }}
        dayMaxEvents={4}
        nowIndicator
        eventInteractive
        editable
        selectable={false}
        displayEventEnd={false}
        scrollTime="08:00:00"
        events={events}
        eventBackgroundColor="transparent"
        eventBorderColor="transparent"
        eventTimeFormat={{ hour: 'numeric', minute: '2-digit', meridiem: 'short' }}
        datesSet={(arg: DatesSetArg) =>
          onRangeChange({ view: viewOf(arg.view.type), date: DateTime.fromJSDate(arg.view.currentStart, { zone }).toISODate() ?? '', from: arg.start.toISOString(), to: arg.end.toISOString() })
        }
        eventContent={(arg: EventContentArg) => (
          <PostEvent post={postOf(arg.event.extendedProps)} timeText={arg.timeText} statusLabel={t(`calendar.status.${postOf(arg.event.extendedProps).status}`)} networks={networks} roomy={arg.view.type === 'listMonth'} />
        )}
        eventClick={(arg) => {
          arg.jsEvent.preventDefault();
          onOpen(postOf(arg.event.extendedProps));
        }}
        eventDrop={(arg: EventDropArg) => {
          if (arg.event.start) onMove(postOf(arg.event.extendedProps), arg.event.start, arg.revert);
          else arg.revert();
        }}
        dateClick={(arg: DateClickArg) => onPickSlot(arg.allDay ? DateTime.fromISO(arg.dateStr, { zone }).set({ hour: 9 }).toUTC().toISO() ?? arg.date.toISOString() : arg.date.toISOString())}
      />
    </div>
  );
}
