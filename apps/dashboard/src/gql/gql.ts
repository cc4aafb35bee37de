/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      expiresAt\n    }\n  }\n": typeof types.InvitationDocument,
    "\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      token\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      token\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      token\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query AuditLog($filter: AuditFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        at\n        action\n        actor\n        subject\n        details\n      }\n      totalCount\n      endCursor\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query MailOutbox($first: Int!) {\n    mailOutbox(first: $first) {\n      id\n      createdAt\n      kind\n      recipient\n      subject\n      body\n      sentAt\n      error\n    }\n  }\n": typeof types.MailOutboxDocument,
    "\n  fragment UserFields on User {\n    id\n    email\n    role\n    funder {\n      key\n      name\n    }\n    status\n    language\n    lastSignInAt\n    createdAt\n    invitationExpiresAt\n  }\n": typeof types.UserFieldsFragmentDoc,
    "\n  mutation InviteUser($email: String!, $role: Role!, $funder: String, $language: Language!) {\n    inviteUser(email: $email, role: $role, funder: $funder, language: $language) {\n      ...UserFields\n    }\n  }\n": typeof types.InviteUserDocument,
    "\n  mutation ResendInvitation($userId: Int!) {\n    resendInvitation(userId: $userId) {\n      ...UserFields\n    }\n  }\n": typeof types.ResendInvitationDocument,
    "\n  mutation ChangeUserRole($userId: Int!, $role: Role!, $funder: String) {\n    changeUserRole(userId: $userId, role: $role, funder: $funder) {\n      ...UserFields\n    }\n  }\n": typeof types.ChangeUserRoleDocument,
    "\n  mutation DeactivateUser($userId: Int!) {\n    deactivateUser(userId: $userId) {\n      ...UserFields\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($userId: Int!) {\n    reactivateUser(userId: $userId) {\n      ...UserFields\n    }\n  }\n": typeof types.ReactivateUserDocument,
    "\n  query Users {\n    users {\n      ...UserFields\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query SignInOptions {\n    signInOptions {\n      sso\n      ssoName\n    }\n  }\n": typeof types.SignInOptionsDocument,
    "\n  fragment ViewerFields on Viewer {\n    email\n    role\n    funder {\n      key\n      name\n    }\n    suppressionK\n    can {\n      readMetrics\n      readEveryScope\n      readPseudonymisedRows\n      readPersonalData\n      importData\n      generateReports\n      readReports\n      useGraphiql\n      managePersons\n      inviteFunderUsers\n      manageUsers\n      readAuditLog\n      enterOwnEntries\n      followEntries\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query CohortFunnel($scope: ScopeInput) {\n    cohortFunnel(scope: $scope) {\n      cohort\n      enrolled\n      withdrawn\n      completed\n      selfAssessmentPre\n      goalsSet\n      goalAttained\n      suppressed\n    }\n  }\n": typeof types.CohortFunnelDocument,
    "\n  fragment CohortCompletenessFields on CohortCompleteness {\n    cohortKey\n    cohortLabel\n    asOf\n    activityEditDays\n    people {\n      participantKey\n      displayName\n      email\n      enrollmentStatus\n      account\n      goals\n      goalProgress\n      nextDueOn\n      checkinDue\n      checkinOverdue\n      lastActivityOn\n      noRecentActivity\n      lastRemindedAt\n      scheduledReminders\n    }\n  }\n": typeof types.CohortCompletenessFieldsFragmentDoc,
    "\n  mutation SetActivityEditWindow($cohort: String!, $days: Int!) {\n    setActivityEditWindow(cohort: $cohort, days: $days) {\n      ...CohortCompletenessFields\n    }\n  }\n": typeof types.SetActivityEditWindowDocument,
    "\n  mutation InviteParticipants($cohort: String!, $participantKeys: [String!]!, $language: String!) {\n    inviteParticipants(cohort: $cohort, participantKeys: $participantKeys, language: $language) {\n      invited\n      skipped {\n        participantKey\n        reason\n      }\n    }\n  }\n": typeof types.InviteParticipantsDocument,
    "\n  query EntryCompleteness($cohort: String!) {\n    entryCompleteness(cohort: $cohort) {\n      ...CohortCompletenessFields\n    }\n  }\n": typeof types.EntryCompletenessDocument,
    "\n  query EntryHistory($cohort: String, $participantKey: String, $first: Int!, $offset: Int!) {\n    entryHistory(cohort: $cohort, participantKey: $participantKey, first: $first, offset: $offset) {\n      totalCount\n      entries {\n        id\n        at\n        actor\n        source\n        participantKey\n        entity\n        entityKey\n        action\n        version\n        changes {\n          field\n          old\n          new\n        }\n      }\n    }\n  }\n": typeof types.EntryHistoryDocument,
    "\n  fragment ReminderFields on Reminder {\n    key\n    kind\n    participantKey\n    goalKey\n    sendAfter\n    sentAt\n    cancelledAt\n    cancelReason\n  }\n": typeof types.ReminderFieldsFragmentDoc,
    "\n  query ReminderPreview($input: ReminderInput!) {\n    reminderPreview(input: $input) {\n      participantKey\n      recipient\n      subject\n      body\n      language\n    }\n  }\n": typeof types.ReminderPreviewDocument,
    "\n  query Reminders($cohort: String!) {\n    reminders(cohort: $cohort) {\n      ...ReminderFields\n    }\n  }\n": typeof types.RemindersDocument,
    "\n  mutation SendReminders($input: ReminderInput!) {\n    sendReminders(input: $input) {\n      ...ReminderFields\n    }\n  }\n": typeof types.SendRemindersDocument,
    "\n  mutation CancelReminder($key: String!) {\n    cancelReminder(key: $key) {\n      ...ReminderFields\n    }\n  }\n": typeof types.CancelReminderDocument,
    "\n  fragment MyGoalFields on MyGoal {\n    key\n    cohortKey\n    title\n    description\n    staircaseLevel\n    weight\n    levels {\n      level\n      description\n    }\n    measurementPlan\n    setOn\n    dueOn\n    version\n    levelsFrozen\n    progress\n    checkins {\n      position\n      checkedOn\n      gasLevel\n      note\n      interim\n      enteredInApp\n    }\n  }\n": typeof types.MyGoalFieldsFragmentDoc,
    "\n  fragment MyActivityFields on MyActivity {\n    key\n    occurredOn\n    format\n    title\n    educatorsReached\n    youthReachedEstimate\n    initiatives {\n      key\n      name\n      kind\n    }\n    enteredInApp\n    editableUntil\n  }\n": typeof types.MyActivityFieldsFragmentDoc,
    "\n  query MyParticipation {\n    myParticipation {\n      participantKey\n      displayName\n      network {\n        key\n        name\n        stateCode\n      }\n      enrollments {\n        cohortKey\n        cohortLabel\n        startsOn\n        endsOn\n        transferWorkshopOn\n        status\n        certifiedOn\n        activityEditDays\n        defaultGoalDueOn\n        timeline {\n          kind\n          on\n          until\n          state\n          goalKey\n        }\n        nextStep {\n          kind\n          on\n          until\n          state\n          goalKey\n        }\n      }\n    }\n  }\n": typeof types.MyParticipationDocument,
    "\n  query MyGoals {\n    myGoals {\n      ...MyGoalFields\n    }\n  }\n": typeof types.MyGoalsDocument,
    "\n  query MyActivities {\n    myActivities {\n      ...MyActivityFields\n    }\n  }\n": typeof types.MyActivitiesDocument,
    "\n  query MyInitiatives {\n    myInitiatives {\n      key\n      name\n      kind\n    }\n  }\n": typeof types.MyInitiativesDocument,
    "\n  mutation SaveMyGoal($input: GoalInput!) {\n    saveMyGoal(input: $input) {\n      ...MyGoalFields\n    }\n  }\n": typeof types.SaveMyGoalDocument,
    "\n  mutation RecordMyCheckin($input: CheckinInput!) {\n    recordMyCheckin(input: $input) {\n      ...MyGoalFields\n    }\n  }\n": typeof types.RecordMyCheckinDocument,
    "\n  mutation SaveMyActivity($input: ActivityInput!) {\n    saveMyActivity(input: $input) {\n      ...MyActivityFields\n    }\n  }\n": typeof types.SaveMyActivityDocument,
    "\n  mutation DeleteMyActivity($key: String!) {\n    deleteMyActivity(key: $key)\n  }\n": typeof types.DeleteMyActivityDocument,
    "\n  fragment CohortFields on Cohort {\n    key\n    label\n    startsOn\n    endsOn\n  }\n": typeof types.CohortFieldsFragmentDoc,
    "\n  query Cohorts {\n    cohorts {\n      ...CohortFields\n    }\n  }\n": typeof types.CohortsDocument,
    "\n  query FundedCohorts {\n    cohortFunnel {\n      cohort\n    }\n  }\n": typeof types.FundedCohortsDocument,
    "\n  query GoalAttainment($scope: ScopeInput) {\n    goalAttainment(scope: $scope) {\n      ...GoalFigures\n      attained\n      notAttained\n      noData\n      overdue\n      levels {\n        level\n        goals\n        suppressed\n      }\n      byStaircaseLevel {\n        level\n        goals\n        attained\n        suppressed\n      }\n    }\n  }\n": typeof types.GoalAttainmentDocument,
    "\n  fragment GoalFigures on GoalAttainment {\n    goals\n    attainmentRate\n    meanTScore\n    tScoreParticipants\n    checkins\n    suppressed\n  }\n": typeof types.GoalFiguresFragmentDoc,
    "\n  query OverdueGoals($scope: ScopeInput) {\n    overdueGoals(scope: $scope) {\n      goal\n      participant\n      displayName\n      network\n      cohort\n      dueOn\n      level\n      lastCheckinOn\n    }\n  }\n": typeof types.OverdueGoalsDocument,
    "\n  query Catalog {\n    viewer {\n      email\n      role\n      funder {\n        ...FunderFields\n      }\n    }\n    cohorts {\n      ...CohortFields\n    }\n    funders {\n      ...FunderFields\n    }\n    instruments {\n      ...InstrumentFields\n    }\n  }\n": typeof types.CatalogDocument,
    "\n  query ImportBatches($first: Int, $after: String) {\n    importBatches(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        outcome\n        actor\n        source\n        startedAt\n        finishedAt\n        errorCount\n        files {\n          name\n        }\n      }\n    }\n  }\n": typeof types.ImportBatchesDocument,
    "\n  query CohortChange($instrument: String!, $scope: ScopeInput) {\n    cohortSurveyOutcomes(instrument: $instrument, from: PRE, to: POST, scope: $scope) {\n      cohort\n      outcomes {\n        dimensions {\n          dimension\n          n\n          meanDiff\n          suppressed\n        }\n      }\n    }\n  }\n": typeof types.CohortChangeDocument,
    "\n  query CohortHeadlines($scope: ScopeInput) {\n    cohortHeadlines(scope: $scope) {\n      cohort\n      reach {\n        multipliers\n        activeMultipliers\n        initiativesReached\n        educatorsReached\n        youthReachedEstimate\n        suppressed\n      }\n      goals {\n        attainmentRate\n        meanTScore\n        suppressed\n      }\n    }\n  }\n": typeof types.CohortHeadlinesDocument,
    "\n  query Overview($scope: ScopeInput) {\n    reach(scope: $scope) {\n      ...ReachFigures\n      byMonth {\n        month\n        cumulativeInitiativesReached\n        suppressed\n      }\n    }\n    goalAttainment(scope: $scope) {\n      ...GoalFigures\n    }\n  }\n": typeof types.OverviewDocument,
    "\n  mutation ErasePerson($key: String!) {\n    erasePerson(key: $key) {\n      id\n      key\n      erasedAt\n      removed {\n        ...PersonDataCountsFields\n      }\n    }\n  }\n": typeof types.ErasePersonDocument,
    "\n  fragment PersonDataCountsFields on PersonDataCounts {\n    participants\n    enrollments\n    responses\n    answers\n    goals\n    checkins\n    activities\n    activityLinks\n  }\n": typeof types.PersonDataCountsFieldsFragmentDoc,
    "\n  query PersonExport($key: String!) {\n    personExport(key: $key) {\n      key\n      displayName\n      email\n      network\n      cohorts\n      importBatches\n      document\n      counts {\n        ...PersonDataCountsFields\n      }\n    }\n  }\n": typeof types.PersonExportDocument,
    "\n  query InitiativeReach($network: String!, $scope: ScopeInput) {\n    initiativeReach(network: $network, scope: $scope) {\n      initiative\n      name\n      activities\n      multipliers\n    }\n  }\n": typeof types.InitiativeReachDocument,
    "\n  query NetworkReach($state: String!, $scope: ScopeInput) {\n    networkReach(state: $state, scope: $scope) {\n      network\n      name\n      initiatives\n      initiativesReached\n      multipliers\n      activities\n    }\n  }\n": typeof types.NetworkReachDocument,
    "\n  fragment ReachFigures on Reach {\n    multipliers\n    activeMultipliers\n    activities\n    initiativesReached\n    educatorsReached\n    youthReachedEstimate\n    multiplierFactor\n    suppressed\n  }\n": typeof types.ReachFiguresFragmentDoc,
    "\n  query Reach($scope: ScopeInput) {\n    reach(scope: $scope) {\n      ...ReachFigures\n      byState {\n        state\n        networks\n        networksReached\n        initiativesReached\n        multipliers\n        suppressed\n      }\n      byMonth {\n        month\n        activities\n        initiativesReached\n        cumulativeInitiativesReached\n        suppressed\n      }\n    }\n  }\n": typeof types.ReachDocument,
    "\n  fragment FunderFields on Funder {\n    key\n    name\n    kind\n  }\n": typeof types.FunderFieldsFragmentDoc,
    "\n  mutation GenerateFunderReport($funder: String!, $from: Date!, $to: Date!, $language: String!) {\n    generateFunderReport(funder: $funder, from: $from, to: $to, language: $language) {\n      ...StoredReportFields\n    }\n  }\n": typeof types.GenerateFunderReportDocument,
    "\n  query ReportFunders {\n    funders {\n      ...FunderFields\n    }\n  }\n": typeof types.ReportFundersDocument,
    "\n  query Reports($funder: String) {\n    reports(funder: $funder) {\n      ...StoredReportFields\n    }\n  }\n": typeof types.ReportsDocument,
    "\n  fragment StoredReportFields on FunderReport {\n    id\n    funder {\n      key\n      name\n    }\n    from\n    to\n    language\n    createdAt\n    contentHash\n    pdfUrl\n    xlsxUrl\n    jsonUrl\n  }\n": typeof types.StoredReportFieldsFragmentDoc,
    "\n  query EventFeedback($instrument: String!, $scope: ScopeInput) {\n    eventFeedback(instrument: $instrument, scope: $scope) {\n      instrument\n      responses\n      nps\n      suppressed\n    }\n  }\n": typeof types.EventFeedbackDocument,
    "\n  fragment InstrumentFields on Instrument {\n    key\n    kind\n    name\n    items {\n      code\n      dimension\n      role\n      scaleMin\n      scaleMax\n      textDe\n      textEn\n    }\n  }\n": typeof types.InstrumentFieldsFragmentDoc,
    "\n  query Instruments {\n    instruments {\n      ...InstrumentFields\n    }\n  }\n": typeof types.InstrumentsDocument,
    "\n  query ItemDistributions($instrument: String!, $wave: WaveKind!, $language: String!, $scope: ScopeInput) {\n    surveyItemDistributions(instrument: $instrument, wave: $wave, language: $language, scope: $scope) {\n      item\n      dimension\n      text\n      n\n      reversed\n      scaleMin\n      scaleMax\n      suppressed\n      counts {\n        value\n        count\n      }\n    }\n  }\n": typeof types.ItemDistributionsDocument,
    "\n  query SurveyOutcomes($instrument: String!, $from: WaveKind!, $to: WaveKind!, $scope: ScopeInput) {\n    surveyOutcomes(instrument: $instrument, from: $from, to: $to, scope: $scope) {\n      instrument\n      from\n      to\n      dimensions {\n        dimension\n        n\n        meanFrom\n        meanTo\n        meanDiff\n        sdDiff\n        t\n        df\n        p\n        dz\n        gz\n        ciLow\n        ciHigh\n        alphaFrom\n        alphaTo\n        suppressed\n      }\n      responseRates {\n        cohort\n        wave\n        responded\n        eligible\n        rate\n        suppressed\n      }\n    }\n  }\n": typeof types.SurveyOutcomesDocument,
};
const documents: Documents = {
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      expiresAt\n    }\n  }\n": types.InvitationDocument,
    "\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      token\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      token\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      token\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query AuditLog($filter: AuditFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        at\n        action\n        actor\n        subject\n        details\n      }\n      totalCount\n      endCursor\n    }\n  }\n": types.AuditLogDocument,
    "\n  query MailOutbox($first: Int!) {\n    mailOutbox(first: $first) {\n      id\n      createdAt\n      kind\n      recipient\n      subject\n      body\n      sentAt\n      error\n    }\n  }\n": types.MailOutboxDocument,
    "\n  fragment UserFields on User {\n    id\n    email\n    role\n    funder {\n      key\n      name\n    }\n    status\n    language\n    lastSignInAt\n    createdAt\n    invitationExpiresAt\n  }\n": types.UserFieldsFragmentDoc,
    "\n  mutation InviteUser($email: String!, $role: Role!, $funder: String, $language: Language!) {\n    inviteUser(email: $email, role: $role, funder: $funder, language: $language) {\n      ...UserFields\n    }\n  }\n": types.InviteUserDocument,
    "\n  mutation ResendInvitation($userId: Int!) {\n    resendInvitation(userId: $userId) {\n      ...UserFields\n    }\n  }\n": types.ResendInvitationDocument,
    "\n  mutation ChangeUserRole($userId: Int!, $role: Role!, $funder: String) {\n    changeUserRole(userId: $userId, role: $role, funder: $funder) {\n      ...UserFields\n    }\n  }\n": types.ChangeUserRoleDocument,
    "\n  mutation DeactivateUser($userId: Int!) {\n    deactivateUser(userId: $userId) {\n      ...UserFields\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($userId: Int!) {\n    reactivateUser(userId: $userId) {\n      ...UserFields\n    }\n  }\n": types.ReactivateUserDocument,
    "\n  query Users {\n    users {\n      ...UserFields\n    }\n  }\n": types.UsersDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query SignInOptions {\n    signInOptions {\n      sso\n      ssoName\n    }\n  }\n": types.SignInOptionsDocument,
    "\n  fragment ViewerFields on Viewer {\n    email\n    role\n    funder {\n      key\n      name\n    }\n    suppressionK\n    can {\n      readMetrics\n      readEveryScope\n      readPseudonymisedRows\n      readPersonalData\n      importData\n      generateReports\n      readReports\n      useGraphiql\n      managePersons\n      inviteFunderUsers\n      manageUsers\n      readAuditLog\n      enterOwnEntries\n      followEntries\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": types.ViewerDocument,
    "\n  query CohortFunnel($scope: ScopeInput) {\n    cohortFunnel(scope: $scope) {\n      cohort\n      enrolled\n      withdrawn\n      completed\n      selfAssessmentPre\n      goalsSet\n      goalAttained\n      suppressed\n    }\n  }\n": types.CohortFunnelDocument,
    "\n  fragment CohortCompletenessFields on CohortCompleteness {\n    cohortKey\n    cohortLabel\n    asOf\n    activityEditDays\n    people {\n      participantKey\n      displayName\n      email\n      enrollmentStatus\n      account\n      goals\n      goalProgress\n      nextDueOn\n      checkinDue\n      checkinOverdue\n      lastActivityOn\n      noRecentActivity\n      lastRemindedAt\n      scheduledReminders\n    }\n  }\n": types.CohortCompletenessFieldsFragmentDoc,
    "\n  mutation SetActivityEditWindow($cohort: String!, $days: Int!) {\n    setActivityEditWindow(cohort: $cohort, days: $days) {\n      ...CohortCompletenessFields\n    }\n  }\n": types.SetActivityEditWindowDocument,
    "\n  mutation InviteParticipants($cohort: String!, $participantKeys: [String!]!, $language: String!) {\n    inviteParticipants(cohort: $cohort, participantKeys: $participantKeys, language: $language) {\n      invited\n      skipped {\n        participantKey\n        reason\n      }\n    }\n  }\n": types.InviteParticipantsDocument,
    "\n  query EntryCompleteness($cohort: String!) {\n    entryCompleteness(cohort: $cohort) {\n      ...CohortCompletenessFields\n    }\n  }\n": types.EntryCompletenessDocument,
    "\n  query EntryHistory($cohort: String, $participantKey: String, $first: Int!, $offset: Int!) {\n    entryHistory(cohort: $cohort, participantKey: $participantKey, first: $first, offset: $offset) {\n      totalCount\n      entries {\n        id\n        at\n        actor\n        source\n        participantKey\n        entity\n        entityKey\n        action\n        version\n        changes {\n          field\n          old\n          new\n        }\n      }\n    }\n  }\n": types.EntryHistoryDocument,
    "\n  fragment ReminderFields on Reminder {\n    key\n    kind\n    participantKey\n    goalKey\n    sendAfter\n    sentAt\n    cancelledAt\n    cancelReason\n  }\n": types.ReminderFieldsFragmentDoc,
    "\n  query ReminderPreview($input: ReminderInput!) {\n    reminderPreview(input: $input) {\n      participantKey\n      recipient\n      subject\n      body\n      language\n    }\n  }\n": types.ReminderPreviewDocument,
    "\n  query Reminders($cohort: String!) {\n    reminders(cohort: $cohort) {\n      ...ReminderFields\n    }\n  }\n": types.RemindersDocument,
    "\n  mutation SendReminders($input: ReminderInput!) {\n    sendReminders(input: $input) {\n      ...ReminderFields\n    }\n  }\n": types.SendRemindersDocument,
    "\n  mutation CancelReminder($key: String!) {\n    cancelReminder(key: $key) {\n      ...ReminderFields\n    }\n  }\n": types.CancelReminderDocument,
    "\n  fragment MyGoalFields on MyGoal {\n    key\n    cohortKey\n    title\n    description\n    staircaseLevel\n    weight\n    levels {\n      level\n      description\n    }\n    measurementPlan\n    setOn\n    dueOn\n    version\n    levelsFrozen\n    progress\n    checkins {\n      position\n      checkedOn\n      gasLevel\n      note\n      interim\n      enteredInApp\n    }\n  }\n": types.MyGoalFieldsFragmentDoc,
    "\n  fragment MyActivityFields on MyActivity {\n    key\n    occurredOn\n    format\n    title\n    educatorsReached\n    youthReachedEstimate\n    initiatives {\n      key\n      name\n      kind\n    }\n    enteredInApp\n    editableUntil\n  }\n": types.MyActivityFieldsFragmentDoc,
    "\n  query MyParticipation {\n    myParticipation {\n      participantKey\n      displayName\n      network {\n        key\n        name\n        stateCode\n      }\n      enrollments {\n        cohortKey\n        cohortLabel\n        startsOn\n        endsOn\n        transferWorkshopOn\n        status\n        certifiedOn\n        activityEditDays\n        defaultGoalDueOn\n        timeline {\n          kind\n          on\n          until\n          state\n          goalKey\n        }\n        nextStep {\n          kind\n          on\n          until\n          state\n          goalKey\n        }\n      }\n    }\n  }\n": types.MyParticipationDocument,
    "\n  query MyGoals {\n    myGoals {\n      ...MyGoalFields\n    }\n  }\n": types.MyGoalsDocument,
    "\n  query MyActivities {\n    myActivities {\n      ...MyActivityFields\n    }\n  }\n": types.MyActivitiesDocument,
    "\n  query MyInitiatives {\n    myInitiatives {\n      key\n      name\n      kind\n    }\n  }\n": types.MyInitiativesDocument,
    "\n  mutation SaveMyGoal($input: GoalInput!) {\n    saveMyGoal(input: $input) {\n      ...MyGoalFields\n    }\n  }\n": types.SaveMyGoalDocument,
    "\n  mutation RecordMyCheckin($input: CheckinInput!) {\n    recordMyCheckin(input: $input) {\n      ...MyGoalFields\n    }\n  }\n": types.RecordMyCheckinDocument,
    "\n  mutation SaveMyActivity($input: ActivityInput!) {\n    saveMyActivity(input: $input) {\n      ...MyActivityFields\n    }\n  }\n": types.SaveMyActivityDocument,
    "\n  mutation DeleteMyActivity($key: String!) {\n    deleteMyActivity(key: $key)\n  }\n": types.DeleteMyActivityDocument,
    "\n  fragment CohortFields on Cohort {\n    key\n    label\n    startsOn\n    endsOn\n  }\n": types.CohortFieldsFragmentDoc,
    "\n  query Cohorts {\n    cohorts {\n      ...CohortFields\n    }\n  }\n": types.CohortsDocument,
    "\n  query FundedCohorts {\n    cohortFunnel {\n      cohort\n    }\n  }\n": types.FundedCohortsDocument,
    "\n  query GoalAttainment($scope: ScopeInput) {\n    goalAttainment(scope: $scope) {\n      ...GoalFigures\n      attained\n      notAttained\n      noData\n      overdue\n      levels {\n        level\n        goals\n        suppressed\n      }\n      byStaircaseLevel {\n        level\n        goals\n        attained\n        suppressed\n      }\n    }\n  }\n": types.GoalAttainmentDocument,
    "\n  fragment GoalFigures on GoalAttainment {\n    goals\n    attainmentRate\n    meanTScore\n    tScoreParticipants\n    checkins\n    suppressed\n  }\n": types.GoalFiguresFragmentDoc,
    "\n  query OverdueGoals($scope: ScopeInput) {\n    overdueGoals(scope: $scope) {\n      goal\n      participant\n      displayName\n      network\n      cohort\n      dueOn\n      level\n      lastCheckinOn\n    }\n  }\n": types.OverdueGoalsDocument,
    "\n  query Catalog {\n    viewer {\n      email\n      role\n      funder {\n        ...FunderFields\n      }\n    }\n    cohorts {\n      ...CohortFields\n    }\n    funders {\n      ...FunderFields\n    }\n    instruments {\n      ...InstrumentFields\n    }\n  }\n": types.CatalogDocument,
    "\n  query ImportBatches($first: Int, $after: String) {\n    importBatches(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        outcome\n        actor\n        source\n        startedAt\n        finishedAt\n        errorCount\n        files {\n          name\n        }\n      }\n    }\n  }\n": types.ImportBatchesDocument,
    "\n  query CohortChange($instrument: String!, $scope: ScopeInput) {\n    cohortSurveyOutcomes(instrument: $instrument, from: PRE, to: POST, scope: $scope) {\n      cohort\n      outcomes {\n        dimensions {\n          dimension\n          n\n          meanDiff\n          suppressed\n        }\n      }\n    }\n  }\n": types.CohortChangeDocument,
    "\n  query CohortHeadlines($scope: ScopeInput) {\n    cohortHeadlines(scope: $scope) {\n      cohort\n      reach {\n        multipliers\n        activeMultipliers\n        initiativesReached\n        educatorsReached\n        youthReachedEstimate\n        suppressed\n      }\n      goals {\n        attainmentRate\n        meanTScore\n        suppressed\n      }\n    }\n  }\n": types.CohortHeadlinesDocument,
    "\n  query Overview($scope: ScopeInput) {\n    reach(scope: $scope) {\n      ...ReachFigures\n      byMonth {\n        month\n        cumulativeInitiativesReached\n        suppressed\n      }\n    }\n    goalAttainment(scope: $scope) {\n      ...GoalFigures\n    }\n  }\n": types.OverviewDocument,
    "\n  mutation ErasePerson($key: String!) {\n    erasePerson(key: $key) {\n      id\n      key\n      erasedAt\n      removed {\n        ...PersonDataCountsFields\n      }\n    }\n  }\n": types.ErasePersonDocument,
    "\n  fragment PersonDataCountsFields on PersonDataCounts {\n    participants\n    enrollments\n    responses\n    answers\n    goals\n    checkins\n    activities\n    activityLinks\n  }\n": types.PersonDataCountsFieldsFragmentDoc,
    "\n  query PersonExport($key: String!) {\n    personExport(key: $key) {\n      key\n      displayName\n      email\n      network\n      cohorts\n      importBatches\n      document\n      counts {\n        ...PersonDataCountsFields\n      }\n    }\n  }\n": types.PersonExportDocument,
    "\n  query InitiativeReach($network: String!, $scope: ScopeInput) {\n    initiativeReach(network: $network, scope: $scope) {\n      initiative\n      name\n      activities\n      multipliers\n    }\n  }\n": types.InitiativeReachDocument,
    "\n  query NetworkReach($state: String!, $scope: ScopeInput) {\n    networkReach(state: $state, scope: $scope) {\n      network\n      name\n      initiatives\n      initiativesReached\n      multipliers\n      activities\n    }\n  }\n": types.NetworkReachDocument,
    "\n  fragment ReachFigures on Reach {\n    multipliers\n    activeMultipliers\n    activities\n    initiativesReached\n    educatorsReached\n    youthReachedEstimate\n    multiplierFactor\n    suppressed\n  }\n": types.ReachFiguresFragmentDoc,
    "\n  query Reach($scope: ScopeInput) {\n    reach(scope: $scope) {\n      ...ReachFigures\n      byState {\n        state\n        networks\n        networksReached\n        initiativesReached\n        multipliers\n        suppressed\n      }\n      byMonth {\n        month\n        activities\n        initiativesReached\n        cumulativeInitiativesReached\n        suppressed\n      }\n    }\n  }\n": types.ReachDocument,
    "\n  fragment FunderFields on Funder {\n    key\n    name\n    kind\n  }\n": types.FunderFieldsFragmentDoc,
    "\n  mutation GenerateFunderReport($funder: String!, $from: Date!, $to: Date!, $language: String!) {\n    generateFunderReport(funder: $funder, from: $from, to: $to, language: $language) {\n      ...StoredReportFields\n    }\n  }\n": types.GenerateFunderReportDocument,
    "\n  query ReportFunders {\n    funders {\n      ...FunderFields\n    }\n  }\n": types.ReportFundersDocument,
    "\n  query Reports($funder: String) {\n    reports(funder: $funder) {\n      ...StoredReportFields\n    }\n  }\n": types.ReportsDocument,
    "\n  fragment StoredReportFields on FunderReport {\n    id\n    funder {\n      key\n      name\n    }\n    from\n    to\n    language\n    createdAt\n    contentHash\n    pdfUrl\n    xlsxUrl\n    jsonUrl\n  }\n": types.StoredReportFieldsFragmentDoc,
    "\n  query EventFeedback($instrument: String!, $scope: ScopeInput) {\n    eventFeedback(instrument: $instrument, scope: $scope) {\n      instrument\n      responses\n      nps\n      suppressed\n    }\n  }\n": types.EventFeedbackDocument,
    "\n  fragment InstrumentFields on Instrument {\n    key\n    kind\n    name\n    items {\n      code\n      dimension\n      role\n      scaleMin\n      scaleMax\n      textDe\n      textEn\n    }\n  }\n": types.InstrumentFieldsFragmentDoc,
    "\n  query Instruments {\n    instruments {\n      ...InstrumentFields\n    }\n  }\n": types.InstrumentsDocument,
    "\n  query ItemDistributions($instrument: String!, $wave: WaveKind!, $language: String!, $scope: ScopeInput) {\n    surveyItemDistributions(instrument: $instrument, wave: $wave, language: $language, scope: $scope) {\n      item\n      dimension\n      text\n      n\n      reversed\n      scaleMin\n      scaleMax\n      suppressed\n      counts {\n        value\n        count\n      }\n    }\n  }\n": types.ItemDistributionsDocument,
    "\n  query SurveyOutcomes($instrument: String!, $from: WaveKind!, $to: WaveKind!, $scope: ScopeInput) {\n    surveyOutcomes(instrument: $instrument, from: $from, to: $to, scope: $scope) {\n      instrument\n      from\n      to\n      dimensions {\n        dimension\n        n\n        meanFrom\n        meanTo\n        meanDiff\n        sdDiff\n        t\n        df\n        p\n        dz\n        gz\n        ciLow\n        ciHigh\n        alphaFrom\n        alphaTo\n        suppressed\n      }\n      responseRates {\n        cohort\n        wave\n        responded\n        eligible\n        rate\n        suppressed\n      }\n    }\n  }\n": types.SurveyOutcomesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      token\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($token: String!, $password: String!) {\n    acceptInvitation(token: $token, password: $password) {\n      token\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      token\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      token\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      token\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      token\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        at\n        action\n        actor\n        subject\n        details\n      }\n      totalCount\n      endCursor\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($filter: AuditFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        at\n        action\n        actor\n        subject\n        details\n      }\n      totalCount\n      endCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailOutbox($first: Int!) {\n    mailOutbox(first: $first) {\n      id\n      createdAt\n      kind\n      recipient\n      subject\n      body\n      sentAt\n      error\n    }\n  }\n"): (typeof documents)["\n  query MailOutbox($first: Int!) {\n    mailOutbox(first: $first) {\n      id\n      createdAt\n      kind\n      recipient\n      subject\n      body\n      sentAt\n      error\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserFields on User {\n    id\n    email\n    role\n    funder {\n      key\n      name\n    }\n    status\n    language\n    lastSignInAt\n    createdAt\n    invitationExpiresAt\n  }\n"): (typeof documents)["\n  fragment UserFields on User {\n    id\n    email\n    role\n    funder {\n      key\n      name\n    }\n    status\n    language\n    lastSignInAt\n    createdAt\n    invitationExpiresAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteUser($email: String!, $role: Role!, $funder: String, $language: Language!) {\n    inviteUser(email: $email, role: $role, funder: $funder, language: $language) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation InviteUser($email: String!, $role: Role!, $funder: String, $language: Language!) {\n    inviteUser(email: $email, role: $role, funder: $funder, language: $language) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvitation($userId: Int!) {\n    resendInvitation(userId: $userId) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResendInvitation($userId: Int!) {\n    resendInvitation(userId: $userId) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeUserRole($userId: Int!, $role: Role!, $funder: String) {\n    changeUserRole(userId: $userId, role: $role, funder: $funder) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeUserRole($userId: Int!, $role: Role!, $funder: String) {\n    changeUserRole(userId: $userId, role: $role, funder: $funder) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($userId: Int!) {\n    deactivateUser(userId: $userId) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateUser($userId: Int!) {\n    deactivateUser(userId: $userId) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateUser($userId: Int!) {\n    reactivateUser(userId: $userId) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateUser($userId: Int!) {\n    reactivateUser(userId: $userId) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users {\n    users {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  query Users {\n    users {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInOptions {\n    signInOptions {\n      sso\n      ssoName\n    }\n  }\n"): (typeof documents)["\n  query SignInOptions {\n    signInOptions {\n      sso\n      ssoName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    email\n    role\n    funder {\n      key\n      name\n    }\n    suppressionK\n    can {\n      readMetrics\n      readEveryScope\n      readPseudonymisedRows\n      readPersonalData\n      importData\n      generateReports\n      readReports\n      useGraphiql\n      managePersons\n      inviteFunderUsers\n      manageUsers\n      readAuditLog\n      enterOwnEntries\n      followEntries\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Viewer {\n    email\n    role\n    funder {\n      key\n      name\n    }\n    suppressionK\n    can {\n      readMetrics\n      readEveryScope\n      readPseudonymisedRows\n      readPersonalData\n      importData\n      generateReports\n      readReports\n      useGraphiql\n      managePersons\n      inviteFunderUsers\n      manageUsers\n      readAuditLog\n      enterOwnEntries\n      followEntries\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortFunnel($scope: ScopeInput) {\n    cohortFunnel(scope: $scope) {\n      cohort\n      enrolled\n      withdrawn\n      completed\n      selfAssessmentPre\n      goalsSet\n      goalAttained\n      suppressed\n    }\n  }\n"): (typeof documents)["\n  query CohortFunnel($scope: ScopeInput) {\n    cohortFunnel(scope: $scope) {\n      cohort\n      enrolled\n      withdrawn\n      completed\n      selfAssessmentPre\n      goalsSet\n      goalAttained\n      suppressed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CohortCompletenessFields on CohortCompleteness {\n    cohortKey\n    cohortLabel\n    asOf\n    activityEditDays\n    people {\n      participantKey\n      displayName\n      email\n      enrollmentStatus\n      account\n      goals\n      goalProgress\n      nextDueOn\n      checkinDue\n      checkinOverdue\n      lastActivityOn\n      noRecentActivity\n      lastRemindedAt\n      scheduledReminders\n    }\n  }\n"): (typeof documents)["\n  fragment CohortCompletenessFields on CohortCompleteness {\n    cohortKey\n    cohortLabel\n    asOf\n    activityEditDays\n    people {\n      participantKey\n      displayName\n      email\n      enrollmentStatus\n      account\n      goals\n      goalProgress\n      nextDueOn\n      checkinDue\n      checkinOverdue\n      lastActivityOn\n      noRecentActivity\n      lastRemindedAt\n      scheduledReminders\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetActivityEditWindow($cohort: String!, $days: Int!) {\n    setActivityEditWindow(cohort: $cohort, days: $days) {\n      ...CohortCompletenessFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetActivityEditWindow($cohort: String!, $days: Int!) {\n    setActivityEditWindow(cohort: $cohort, days: $days) {\n      ...CohortCompletenessFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteParticipants($cohort: String!, $participantKeys: [String!]!, $language: String!) {\n    inviteParticipants(cohort: $cohort, participantKeys: $participantKeys, language: $language) {\n      invited\n      skipped {\n        participantKey\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteParticipants($cohort: String!, $participantKeys: [String!]!, $language: String!) {\n    inviteParticipants(cohort: $cohort, participantKeys: $participantKeys, language: $language) {\n      invited\n      skipped {\n        participantKey\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntryCompleteness($cohort: String!) {\n    entryCompleteness(cohort: $cohort) {\n      ...CohortCompletenessFields\n    }\n  }\n"): (typeof documents)["\n  query EntryCompleteness($cohort: String!) {\n    entryCompleteness(cohort: $cohort) {\n      ...CohortCompletenessFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntryHistory($cohort: String, $participantKey: String, $first: Int!, $offset: Int!) {\n    entryHistory(cohort: $cohort, participantKey: $participantKey, first: $first, offset: $offset) {\n      totalCount\n      entries {\n        id\n        at\n        actor\n        source\n        participantKey\n        entity\n        entityKey\n        action\n        version\n        changes {\n          field\n          old\n          new\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EntryHistory($cohort: String, $participantKey: String, $first: Int!, $offset: Int!) {\n    entryHistory(cohort: $cohort, participantKey: $participantKey, first: $first, offset: $offset) {\n      totalCount\n      entries {\n        id\n        at\n        actor\n        source\n        participantKey\n        entity\n        entityKey\n        action\n        version\n        changes {\n          field\n          old\n          new\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReminderFields on Reminder {\n    key\n    kind\n    participantKey\n    goalKey\n    sendAfter\n    sentAt\n    cancelledAt\n    cancelReason\n  }\n"): (typeof documents)["\n  fragment ReminderFields on Reminder {\n    key\n    kind\n    participantKey\n    goalKey\n    sendAfter\n    sentAt\n    cancelledAt\n    cancelReason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReminderPreview($input: ReminderInput!) {\n    reminderPreview(input: $input) {\n      participantKey\n      recipient\n      subject\n      body\n      language\n    }\n  }\n"): (typeof documents)["\n  query ReminderPreview($input: ReminderInput!) {\n    reminderPreview(input: $input) {\n      participantKey\n      recipient\n      subject\n      body\n      language\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Reminders($cohort: String!) {\n    reminders(cohort: $cohort) {\n      ...ReminderFields\n    }\n  }\n"): (typeof documents)["\n  query Reminders($cohort: String!) {\n    reminders(cohort: $cohort) {\n      ...ReminderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendReminders($input: ReminderInput!) {\n    sendReminders(input: $input) {\n      ...ReminderFields\n    }\n  }\n"): (typeof documents)["\n  mutation SendReminders($input: ReminderInput!) {\n    sendReminders(input: $input) {\n      ...ReminderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelReminder($key: String!) {\n    cancelReminder(key: $key) {\n      ...ReminderFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelReminder($key: String!) {\n    cancelReminder(key: $key) {\n      ...ReminderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyGoalFields on MyGoal {\n    key\n    cohortKey\n    title\n    description\n    staircaseLevel\n    weight\n    levels {\n      level\n      description\n    }\n    measurementPlan\n    setOn\n    dueOn\n    version\n    levelsFrozen\n    progress\n    checkins {\n      position\n      checkedOn\n      gasLevel\n      note\n      interim\n      enteredInApp\n    }\n  }\n"): (typeof documents)["\n  fragment MyGoalFields on MyGoal {\n    key\n    cohortKey\n    title\n    description\n    staircaseLevel\n    weight\n    levels {\n      level\n      description\n    }\n    measurementPlan\n    setOn\n    dueOn\n    version\n    levelsFrozen\n    progress\n    checkins {\n      position\n      checkedOn\n      gasLevel\n      note\n      interim\n      enteredInApp\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyActivityFields on MyActivity {\n    key\n    occurredOn\n    format\n    title\n    educatorsReached\n    youthReachedEstimate\n    initiatives {\n      key\n      name\n      kind\n    }\n    enteredInApp\n    editableUntil\n  }\n"): (typeof documents)["\n  fragment MyActivityFields on MyActivity {\n    key\n    occurredOn\n    format\n    title\n    educatorsReached\n    youthReachedEstimate\n    initiatives {\n      key\n      name\n      kind\n    }\n    enteredInApp\n    editableUntil\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyParticipation {\n    myParticipation {\n      participantKey\n      displayName\n      network {\n        key\n        name\n        stateCode\n      }\n      enrollments {\n        cohortKey\n        cohortLabel\n        startsOn\n        endsOn\n        transferWorkshopOn\n        status\n        certifiedOn\n        activityEditDays\n        defaultGoalDueOn\n        timeline {\n          kind\n          on\n          until\n          state\n          goalKey\n        }\n        nextStep {\n          kind\n          on\n          until\n          state\n          goalKey\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyParticipation {\n    myParticipation {\n      participantKey\n      displayName\n      network {\n        key\n        name\n        stateCode\n      }\n      enrollments {\n        cohortKey\n        cohortLabel\n        startsOn\n        endsOn\n        transferWorkshopOn\n        status\n        certifiedOn\n        activityEditDays\n        defaultGoalDueOn\n        timeline {\n          kind\n          on\n          until\n          state\n          goalKey\n        }\n        nextStep {\n          kind\n          on\n          until\n          state\n          goalKey\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyGoals {\n    myGoals {\n      ...MyGoalFields\n    }\n  }\n"): (typeof documents)["\n  query MyGoals {\n    myGoals {\n      ...MyGoalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyActivities {\n    myActivities {\n      ...MyActivityFields\n    }\n  }\n"): (typeof documents)["\n  query MyActivities {\n    myActivities {\n      ...MyActivityFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyInitiatives {\n    myInitiatives {\n      key\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query MyInitiatives {\n    myInitiatives {\n      key\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveMyGoal($input: GoalInput!) {\n    saveMyGoal(input: $input) {\n      ...MyGoalFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveMyGoal($input: GoalInput!) {\n    saveMyGoal(input: $input) {\n      ...MyGoalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMyCheckin($input: CheckinInput!) {\n    recordMyCheckin(input: $input) {\n      ...MyGoalFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordMyCheckin($input: CheckinInput!) {\n    recordMyCheckin(input: $input) {\n      ...MyGoalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveMyActivity($input: ActivityInput!) {\n    saveMyActivity(input: $input) {\n      ...MyActivityFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveMyActivity($input: ActivityInput!) {\n    saveMyActivity(input: $input) {\n      ...MyActivityFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMyActivity($key: String!) {\n    deleteMyActivity(key: $key)\n  }\n"): (typeof documents)["\n  mutation DeleteMyActivity($key: String!) {\n    deleteMyActivity(key: $key)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CohortFields on Cohort {\n    key\n    label\n    startsOn\n    endsOn\n  }\n"): (typeof documents)["\n  fragment CohortFields on Cohort {\n    key\n    label\n    startsOn\n    endsOn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cohorts {\n    cohorts {\n      ...CohortFields\n    }\n  }\n"): (typeof documents)["\n  query Cohorts {\n    cohorts {\n      ...CohortFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FundedCohorts {\n    cohortFunnel {\n      cohort\n    }\n  }\n"): (typeof documents)["\n  query FundedCohorts {\n    cohortFunnel {\n      cohort\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GoalAttainment($scope: ScopeInput) {\n    goalAttainment(scope: $scope) {\n      ...GoalFigures\n      attained\n      notAttained\n      noData\n      overdue\n      levels {\n        level\n        goals\n        suppressed\n      }\n      byStaircaseLevel {\n        level\n        goals\n        attained\n        suppressed\n      }\n    }\n  }\n"): (typeof documents)["\n  query GoalAttainment($scope: ScopeInput) {\n    goalAttainment(scope: $scope) {\n      ...GoalFigures\n      attained\n      notAttained\n      noData\n      overdue\n      levels {\n        level\n        goals\n        suppressed\n      }\n      byStaircaseLevel {\n        level\n        goals\n        attained\n        suppressed\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GoalFigures on GoalAttainment {\n    goals\n    attainmentRate\n    meanTScore\n    tScoreParticipants\n    checkins\n    suppressed\n  }\n"): (typeof documents)["\n  fragment GoalFigures on GoalAttainment {\n    goals\n    attainmentRate\n    meanTScore\n    tScoreParticipants\n    checkins\n    suppressed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverdueGoals($scope: ScopeInput) {\n    overdueGoals(scope: $scope) {\n      goal\n      participant\n      displayName\n      network\n      cohort\n      dueOn\n      level\n      lastCheckinOn\n    }\n  }\n"): (typeof documents)["\n  query OverdueGoals($scope: ScopeInput) {\n    overdueGoals(scope: $scope) {\n      goal\n      participant\n      displayName\n      network\n      cohort\n      dueOn\n      level\n      lastCheckinOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Catalog {\n    viewer {\n      email\n      role\n      funder {\n        ...FunderFields\n      }\n    }\n    cohorts {\n      ...CohortFields\n    }\n    funders {\n      ...FunderFields\n    }\n    instruments {\n      ...InstrumentFields\n    }\n  }\n"): (typeof documents)["\n  query Catalog {\n    viewer {\n      email\n      role\n      funder {\n        ...FunderFields\n      }\n    }\n    cohorts {\n      ...CohortFields\n    }\n    funders {\n      ...FunderFields\n    }\n    instruments {\n      ...InstrumentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportBatches($first: Int, $after: String) {\n    importBatches(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        outcome\n        actor\n        source\n        startedAt\n        finishedAt\n        errorCount\n        files {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImportBatches($first: Int, $after: String) {\n    importBatches(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        outcome\n        actor\n        source\n        startedAt\n        finishedAt\n        errorCount\n        files {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortChange($instrument: String!, $scope: ScopeInput) {\n    cohortSurveyOutcomes(instrument: $instrument, from: PRE, to: POST, scope: $scope) {\n      cohort\n      outcomes {\n        dimensions {\n          dimension\n          n\n          meanDiff\n          suppressed\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CohortChange($instrument: String!, $scope: ScopeInput) {\n    cohortSurveyOutcomes(instrument: $instrument, from: PRE, to: POST, scope: $scope) {\n      cohort\n      outcomes {\n        dimensions {\n          dimension\n          n\n          meanDiff\n          suppressed\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortHeadlines($scope: ScopeInput) {\n    cohortHeadlines(scope: $scope) {\n      cohort\n      reach {\n        multipliers\n        activeMultipliers\n        initiativesReached\n        educatorsReached\n        youthReachedEstimate\n        suppressed\n      }\n      goals {\n        attainmentRate\n        meanTScore\n        suppressed\n      }\n    }\n  }\n"): (typeof documents)["\n  query CohortHeadlines($scope: ScopeInput) {\n    cohortHeadlines(scope: $scope) {\n      cohort\n      reach {\n        multipliers\n        activeMultipliers\n        initiativesReached\n        educatorsReached\n        youthReachedEstimate\n        suppressed\n      }\n      goals {\n        attainmentRate\n        meanTScore\n        suppressed\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Overview($scope: ScopeInput) {\n    reach(scope: $scope) {\n      ...ReachFigures\n      byMonth {\n        month\n        cumulativeInitiativesReached\n        suppressed\n      }\n    }\n    goalAttainment(scope: $scope) {\n      ...GoalFigures\n    }\n  }\n"): (typeof documents)["\n  query Overview($scope: ScopeInput) {\n    reach(scope: $scope) {\n      ...ReachFigures\n      byMonth {\n        month\n        cumulativeInitiativesReached\n        suppressed\n      }\n    }\n    goalAttainment(scope: $scope) {\n      ...GoalFigures\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErasePerson($key: String!) {\n    erasePerson(key: $key) {\n      id\n      key\n      erasedAt\n      removed {\n        ...PersonDataCountsFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ErasePerson($key: String!) {\n    erasePerson(key: $key) {\n      id\n      key\n      erasedAt\n      removed {\n        ...PersonDataCountsFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonDataCountsFields on PersonDataCounts {\n    participants\n    enrollments\n    responses\n    answers\n    goals\n    checkins\n    activities\n    activityLinks\n  }\n"): (typeof documents)["\n  fragment PersonDataCountsFields on PersonDataCounts {\n    participants\n    enrollments\n    responses\n    answers\n    goals\n    checkins\n    activities\n    activityLinks\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonExport($key: String!) {\n    personExport(key: $key) {\n      key\n      displayName\n      email\n      network\n      cohorts\n      importBatches\n      document\n      counts {\n        ...PersonDataCountsFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonExport($key: String!) {\n    personExport(key: $key) {\n      key\n      displayName\n      email\n      network\n      cohorts\n      importBatches\n      document\n      counts {\n        ...PersonDataCountsFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InitiativeReach($network: String!, $scope: ScopeInput) {\n    initiativeReach(network: $network, scope: $scope) {\n      initiative\n      name\n      activities\n      multipliers\n    }\n  }\n"): (typeof documents)["\n  query InitiativeReach($network: String!, $scope: ScopeInput) {\n    initiativeReach(network: $network, scope: $scope) {\n      initiative\n      name\n      activities\n      multipliers\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkReach($state: String!, $scope: ScopeInput) {\n    networkReach(state: $state, scope: $scope) {\n      network\n      name\n      initiatives\n      initiativesReached\n      multipliers\n      activities\n    }\n  }\n"): (typeof documents)["\n  query NetworkReach($state: String!, $scope: ScopeInput) {\n    networkReach(state: $state, scope: $scope) {\n      network\n      name\n      initiatives\n      initiativesReached\n      multipliers\n      activities\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReachFigures on Reach {\n    multipliers\n    activeMultipliers\n    activities\n    initiativesReached\n    educatorsReached\n    youthReachedEstimate\n    multiplierFactor\n    suppressed\n  }\n"): (typeof documents)["\n  fragment ReachFigures on Reach {\n    multipliers\n    activeMultipliers\n    activities\n    initiativesReached\n    educatorsReached\n    youthReachedEstimate\n    multiplierFactor\n    suppressed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Reach($scope: ScopeInput) {\n    reach(scope: $scope) {\n      ...ReachFigures\n      byState {\n        state\n        networks\n        networksReached\n        initiativesReached\n        multipliers\n        suppressed\n      }\n      byMonth {\n        month\n        activities\n        initiativesReached\n        cumulativeInitiativesReached\n        suppressed\n      }\n    }\n  }\n"): (typeof documents)["\n  query Reach($scope: ScopeInput) {\n    reach(scope: $scope) {\n      ...ReachFigures\n      byState {\n        state\n        networks\n        networksReached\n        initiativesReached\n        multipliers\n        suppressed\n      }\n      byMonth {\n        month\n        activities\n        initiativesReached\n        cumulativeInitiativesReached\n        suppressed\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FunderFields on Funder {\n    key\n    name\n    kind\n  }\n"): (typeof documents)["\n  fragment FunderFields on Funder {\n    key\n    name\n    kind\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateFunderReport($funder: String!, $from: Date!, $to: Date!, $language: String!) {\n    generateFunderReport(funder: $funder, from: $from, to: $to, language: $language) {\n      ...StoredReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation GenerateFunderReport($funder: String!, $from: Date!, $to: Date!, $language: String!) {\n    generateFunderReport(funder: $funder, from: $from, to: $to, language: $language) {\n      ...StoredReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportFunders {\n    funders {\n      ...FunderFields\n    }\n  }\n"): (typeof documents)["\n  query ReportFunders {\n    funders {\n      ...FunderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Reports($funder: String) {\n    reports(funder: $funder) {\n      ...StoredReportFields\n    }\n  }\n"): (typeof documents)["\n  query Reports($funder: String) {\n    reports(funder: $funder) {\n      ...StoredReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StoredReportFields on FunderReport {\n    id\n    funder {\n      key\n      name\n    }\n    from\n    to\n    language\n    createdAt\n    contentHash\n    pdfUrl\n    xlsxUrl\n    jsonUrl\n  }\n"): (typeof documents)["\n  fragment StoredReportFields on FunderReport {\n    id\n    funder {\n      key\n      name\n    }\n    from\n    to\n    language\n    createdAt\n    contentHash\n    pdfUrl\n    xlsxUrl\n    jsonUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventFeedback($instrument: String!, $scope: ScopeInput) {\n    eventFeedback(instrument: $instrument, scope: $scope) {\n      instrument\n      responses\n      nps\n      suppressed\n    }\n  }\n"): (typeof documents)["\n  query EventFeedback($instrument: String!, $scope: ScopeInput) {\n    eventFeedback(instrument: $instrument, scope: $scope) {\n      instrument\n      responses\n      nps\n      suppressed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InstrumentFields on Instrument {\n    key\n    kind\n    name\n    items {\n      code\n      dimension\n      role\n      scaleMin\n      scaleMax\n      textDe\n      textEn\n    }\n  }\n"): (typeof documents)["\n  fragment InstrumentFields on Instrument {\n    key\n    kind\n    name\n    items {\n      code\n      dimension\n      role\n      scaleMin\n      scaleMax\n      textDe\n      textEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Instruments {\n    instruments {\n      ...InstrumentFields\n    }\n  }\n"): (typeof documents)["\n  query Instruments {\n    instruments {\n      ...InstrumentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ItemDistributions($instrument: String!, $wave: WaveKind!, $language: String!, $scope: ScopeInput) {\n    surveyItemDistributions(instrument: $instrument, wave: $wave, language: $language, scope: $scope) {\n      item\n      dimension\n      text\n      n\n      reversed\n      scaleMin\n      scaleMax\n      suppressed\n      counts {\n        value\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query ItemDistributions($instrument: String!, $wave: WaveKind!, $language: String!, $scope: ScopeInput) {\n    surveyItemDistributions(instrument: $instrument, wave: $wave, language: $language, scope: $scope) {\n      item\n      dimension\n      text\n      n\n      reversed\n      scaleMin\n      scaleMax\n      suppressed\n      counts {\n        value\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyOutcomes($instrument: String!, $from: WaveKind!, $to: WaveKind!, $scope: ScopeInput) {\n    surveyOutcomes(instrument: $instrument, from: $from, to: $to, scope: $scope) {\n      instrument\n      from\n      to\n      dimensions {\n        dimension\n        n\n        meanFrom\n        meanTo\n        meanDiff\n        sdDiff\n        t\n        df\n        p\n        dz\n        gz\n        ciLow\n        ciHigh\n        alphaFrom\n        alphaTo\n        suppressed\n      }\n      responseRates {\n        cohort\n        wave\n        responded\n        eligible\n        rate\n        suppressed\n      }\n    }\n  }\n"): (typeof documents)["\n  query SurveyOutcomes($instrument: String!, $from: WaveKind!, $to: WaveKind!, $scope: ScopeInput) {\n    surveyOutcomes(instrument: $instrument, from: $from, to: $to, scope: $scope) {\n      instrument\n      from\n      to\n      dimensions {\n        dimension\n        n\n        meanFrom\n        meanTo\n        meanDiff\n        sdDiff\n        t\n        df\n        p\n        dz\n        gz\n        ciLow\n        ciHigh\n        alphaFrom\n        alphaTo\n        suppressed\n      }\n      responseRates {\n        cohort\n        wave\n        responded\n        eligible\n        rate\n        suppressed\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;