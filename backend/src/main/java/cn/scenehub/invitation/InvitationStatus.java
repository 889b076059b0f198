package cn.scenehub.invitation;

public enum InvitationStatus { INVITED, ACCEPTED, DECLINED }
