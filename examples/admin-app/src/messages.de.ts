import type { ImportJobsMessages } from 'pinpoint-import-jobs';

/** Picks the singular or the plural form of a German noun or verb. */
const plural = (count: number, one: string, other: string) => (count === 1 ? one : other);

/**
 * The library's text in German, for the app's `de-DE`. Typed as the full {@link ImportJobsMessages}, not an override,
 * so a key the library adds fails this app's typecheck instead of showing English in a German page. Numbers,
 * percentages and relative times go through the `de-DE` formatters (`2.345`, `40 %`, `vor 5 Sek.`).
 */
export const germanMessages: ImportJobsMessages = {
  statusLabels: {
    CREATED: 'Erstellt',
    PREPARING_FOR_INITIALIZATION: 'Wird vorbereitet',
    INITIALIZING: 'Wird initialisiert',
    PROCESSING: 'Wird verarbeitet',
    PENDING_JOB: 'Wartend',
    COMPLETING: 'Wird abgeschlossen',
    COMPLETED: 'Abgeschlossen',
    FAILING: 'Schlägt fehl',
    FAILED: 'Fehlgeschlagen',
  },
  unknownStatus: (raw) => (raw.trim() === '' ? 'Unbekannt' : raw),

  progressLabel: 'Importfortschritt',
  progressPieces: ({ completed, total }, f) =>
    `${f.number(completed)} von ${f.number(total)} ${plural(total, 'Teil', 'Teilen')}`,
  progressFailedPieces: ({ failed }, f) => `${f.number(failed)} fehlgeschlagen`,
  endpointsProcessed: ({ count }, f) =>
    `${f.number(count)} ${plural(count, 'Endpunkt', 'Endpunkte')} verarbeitet`,
  progressValueText: ({ completed, failed, total, ratio }, f) =>
    `${f.percent(ratio)} erledigt: ${f.number(completed)} von ${f.number(total)} ${plural(total, 'Teil', 'Teilen')} abgeschlossen` +
    (failed > 0 ? `, ${f.number(failed)} fehlgeschlagen` : ''),
  progressIndeterminate: 'Warten auf den Start des Auftrags',
  progressRunning: 'Läuft, Gesamtzahl noch unbekannt',
  progressFinished: 'Beendet',
  progressCountsDisagree: 'Die vom Dienst gemeldeten Zahlen widersprechen sich',

  failuresLabel: 'Fehler',
  // "Fehler" is the same in the singular and the plural (nominative).
  failuresCount: ({ count }, f) => `${f.number(count)} Fehler`,
  failuresShown: ({ shown, total }, f) =>
    `${f.number(shown)} von ${f.number(total)} ${plural(total, 'Fehler', 'Fehlern')} ${plural(shown, 'wird', 'werden')} angezeigt`,
  failuresEmpty: 'Keine Fehler',
  failuresCopy: 'Alle kopieren',
  failuresDownload: 'Als Text herunterladen',
  failuresFileName: ({ jobId }) => {
    const safe = jobId?.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 80);
    return safe ? `importauftrag-${safe}-fehler.txt` : 'importauftrag-fehler.txt';
  },
  failuresFilter: 'Fehler filtern',
  failuresFilterResult: ({ matches, count }, f) =>
    `${f.number(matches)} von ${f.number(count)} ${plural(count, 'Fehler', 'Fehlern')} ${plural(matches, 'passt', 'passen')}`,
  failuresNoMatch: 'Kein Fehler passt zum Filter',
  downloadStarted: 'Download gestartet',
  downloadUnavailable: 'Herunterladen ist in diesem Browser nicht möglich',

  copy: 'Kopieren',
  copyValue: ({ label }) => `${label} kopieren`,
  copyCell: ({ column, value }) => `${column} ${value} kopieren`,
  copyRequestId: 'Anfrage-ID kopieren',
  copied: 'Kopiert',
  copyFailed: 'Kopieren nicht möglich: Markieren Sie den Text und kopieren Sie ihn selbst',

  tableCaption: 'Importaufträge',
  columns: {
    Id: 'Auftrags-ID',
    JobStatus: 'Status',
    Progress: 'Fortschritt',
    TotalProcessed: 'Endpunkte',
    Failures: 'Fehler',
    Format: 'Format',
    S3Url: 'Quelle',
    Segment: 'Segment',
    CreationDate: 'Erstellt',
    CompletionDate: 'Beendet',
    Duration: 'Dauer',
    RoleArn: 'Rollen-ARN',
    DefineSegment: 'Definiert Segment',
    RegisterEndpoints: 'Registriert Endpunkte',
    ApplicationId: 'Anwendungs-ID',
    Type: 'Typ',
    ExternalId: 'Externe ID (veraltet)',
  },
  detailsColumn: 'Details',
  showDetails: ({ jobId }) => `Details von Auftrag ${jobId} anzeigen`,
  hideDetails: ({ jobId }) => `Details von Auftrag ${jobId} ausblenden`,
  definitionHeading: 'Importdefinition',
  summaryHeading: 'Übersicht',
  definitionFields: {
    Format: 'Format',
    S3Url: 'S3-URL',
    RoleArn: 'Rollen-ARN',
    DefineSegment: 'Definiert Segment',
    RegisterEndpoints: 'Registriert Endpunkte',
    SegmentName: 'Segmentname',
    SegmentId: 'Segment-ID',
    ExternalId: 'Externe ID (veraltet)',
  },
  yes: 'Ja',
  no: 'Nein',
  notAvailable: '–',
  notAvailableLabel: 'Nicht verfügbar',
  sortBy: ({ column }) => `Nach ${column} sortieren`,
  sortsThisPage: 'Die Sortierung gilt für die Aufträge auf dieser Seite.',
  columnPicker: 'Spalten',
  columnPickerLegend: 'Sichtbare Spalten',
  preferences: 'Einstellungen',
  densityCompact: 'Kompakte Zeilen',
  wrapLines: 'Zeilen umbrechen',
  emptyTitle: 'Keine Importaufträge',
  emptyDescription: 'Für dieses Segment gibt es noch keine Importaufträge.',
  loading: 'Importaufträge werden geladen…',
  errorTitle: 'Importaufträge konnten nicht geladen werden',
  errors: {
    BadRequestException: 'Die Anfrage war ungültig. Prüfen Sie die Anwendungs- und die Segment-ID.',
    ForbiddenException: 'Sie sind nicht berechtigt, diese Importaufträge zu sehen.',
    NotFoundException: 'Die Anwendung oder das Segment wurde nicht gefunden.',
    MethodNotAllowedException:
      'Diese Anfrage wird nicht bedient: dem Fetcher oder Server fehlt diese Operation.',
    PayloadTooLargeException: 'Die Anfrage war zu groß. Versuchen Sie es mit einer kleineren Seitengröße.',
    TooManyRequestsException:
      'Es wurden zu viele Anfragen gesendet. Warten Sie einen Moment und versuchen Sie es dann erneut.',
    InternalServerErrorException:
      'Im Dienst ist ein interner Fehler aufgetreten. Versuchen Sie es gleich noch einmal.',
    ServiceUnavailableError: 'Der Dienst ist gerade nicht verfügbar. Versuchen Sie es gleich noch einmal.',
    HttpError: 'Der Server hat mit einem unerwarteten Fehler geantwortet.',
    NetworkError: 'Der Dienst war nicht erreichbar. Prüfen Sie Ihre Verbindung.',
    TimeoutError: 'Der Dienst hat zu lange für die Antwort gebraucht.',
    InvalidResponseError: 'Der Dienst hat eine Antwort gesendet, die nicht gelesen werden konnte.',
    AbortError: 'Die Anfrage wurde abgebrochen.',
    UnknownError: 'Etwas ist schiefgelaufen.',
  },
  requestId: ({ requestId }) => `Anfrage-ID: ${requestId}`,
  retry: 'Erneut versuchen',
  staleTitle:
    'Die letzte Aktualisierung ist fehlgeschlagen: Diese Aufträge sind möglicherweise nicht aktuell.',
  updatedAgo: ({ updatedAt, now }, f) => `Aktualisiert ${f.relativeTime(updatedAt, now)}`,
  pagination: 'Seiten',
  previousPage: 'Vorherige Seite',
  nextPage: 'Nächste Seite',
  pageNumber: ({ page }, f) => `Seite ${f.number(page)}`,

  panelLabel: 'Importaufträge des Segments',
  toolbarLabel: 'Aktionen für Importaufträge',
  refresh: 'Aktualisieren',
  refreshing: 'Wird aktualisiert…',
  autoRefresh: 'Automatisch aktualisieren',
  lastUpdated: ({ updatedAt, now }, f) => `Zuletzt aktualisiert ${f.relativeTime(updatedAt, now)}`,
  neverUpdated: 'Noch nicht geladen',
  pageResetExpiredToken: 'Diese Seite war abgelaufen, daher zeigt die Liste wieder Seite 1.',

  applicationPanelLabel: 'Importaufträge der Anwendung',
  applicationEmptyDescription: 'Für diese Anwendung gibt es noch keine Importaufträge.',
  jobPanelLabel: ({ jobId }) => `Importauftrag ${jobId}`,
  jobLoading: 'Importauftrag wird geladen…',
  jobErrorTitle: 'Importauftrag konnte nicht geladen werden',
  jobNotFoundTitle: 'Importauftrag nicht gefunden',
  jobNotFound: 'Diese Anwendung hat keinen Importauftrag mit dieser ID, oder Sie dürfen ihn nicht sehen.',
  jobNotFoundYet: 'Der Auftrag wurde gerade erstellt und ist noch nicht sichtbar. Es wird erneut geprüft…',
};
